import { describe, expect, it } from 'vitest';
import { issueStatuses } from '@shared/domain';
import { NOW, row } from '../test/fixtures';
import { buildColumns } from './columns';
import { countColumnViews } from './column-views';
import { deadlineWindowAt } from './deadline-window';
import { countViews } from './views';

describe('the views counted over columns', () => {
  it('agree with the rules counted row by row', () => {
    const deadlines = ['2026-11-24T23:59:59+03:00', '2026-11-25T12:00:00+03:00', '2026-11-30T23:59:59+03:00'];
    const rows = Array.from({ length: 120 }, (_, i) =>
      row({
        id: `iss-${i}`,
        status: issueStatuses[i % issueStatuses.length] ?? 'new',
        assigneeId: i % 4 === 0 ? null : 'st-1',
        deadlineAt: deadlines[i % deadlines.length] ?? deadlines[0],
        ...(i % 10 === 0 ? { pending: { outboxSeq: i, assigneeId: 'st-2', state: 'pending' as const } } : {}),
      }),
    );
    for (const nowMs of [NOW, NOW - 1, NOW + 1, NOW + 86_400_000])
      expect(countColumnViews(buildColumns(rows), deadlineWindowAt(nowMs))).toEqual(
        countViews(rows, deadlineWindowAt(nowMs)),
      );
  });
});
