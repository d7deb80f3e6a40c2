import { describe, expect, it } from 'vitest';
import { issueQueueHref, queueHref } from './queue-links';

describe('links into the queue', () => {
  it('use the queue’s own parameters, over all statuses', () => {
    expect(queueHref({ kind: 'category', categoryId: 'yard-snow' })).toBe('/queue?view=all&cat=yard-snow');
    expect(queueHref({ kind: 'assignee', staffId: 'st-6' }, 'overdue')).toBe(
      '/queue?view=overdue&assignee=st-6',
    );
    expect(queueHref({ kind: 'assignee', staffId: null })).toBe('/queue?view=all&assignee=none');
    expect(queueHref({ kind: 'address', text: 'Ореховый бульвар, д. 22' })).toBe(
      '/queue?view=all&q=%D0%9E%D1%80%D0%B5%D1%85%D0%BE%D0%B2%D1%8B%D0%B9+%D0%B1%D1%83%D0%BB%D1%8C%D0%B2%D0%B0%D1%80%2C+%D0%B4.+22',
    );
    expect(issueQueueHref('НГ-2026-0012345')).toContain('q=%D0%9D%D0%93-2026-0012345');
  });
});
