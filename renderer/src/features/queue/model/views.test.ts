import { describe, expect, it } from 'vitest';
import { NOW, row } from '../test/fixtures';
import { deadlineWindowAt } from './deadline-window';
import { countViews, viewRules } from './views';

const window = deadlineWindowAt(NOW);
const past = '2026-11-24T23:59:59+03:00';

describe('the ready views', () => {
  const rows = [
    row({ id: '1', status: 'new' }),
    row({ id: '2', status: 'new', deadlineAt: past }),
    row({ id: '3', status: 'in_progress', assigneeId: 'st-1', deadlineAt: past }),
    row({ id: '4', status: 'returned', assigneeId: 'st-1' }),
    row({ id: '5', status: 'reopened', assigneeId: null }),
    row({ id: '6', status: 'resolved', assigneeId: 'st-1', deadlineAt: past }),
    row({ id: '7', status: 'on_moderation', assigneeId: null, deadlineAt: past }),
    // Assigned here, not yet acknowledged: no longer "without an assignee".
    row({ id: '8', status: 'new', pending: { outboxSeq: 1, assigneeId: 'st-2', state: 'pending' } }),
  ];

  it('count each rule over all issues', () => {
    expect(countViews(rows, window)).toEqual({
      open: 7,
      new: 3,
      overdue: 3, // 2, 3 and 7: not resolved and past the deadline; 6 is resolved
      returned: 1,
      reopened: 1,
      unassigned: 3, // 1, 2 and 5; 7 is on moderation, 8 is being assigned
      all: 8,
    });
  });

  it('agree with the rules one by one', () => {
    const ids = (view: keyof typeof viewRules) =>
      rows.filter((r) => viewRules[view](r, window)).map((r) => r.id);
    expect(ids('overdue')).toEqual(['2', '3', '7']);
    expect(ids('unassigned')).toEqual(['1', '2', '5']);
  });
});
