import { describe, expect, it } from 'vitest';
import { issueStatuses, priorities } from '@shared/domain';
import { NOW, lookups, row } from '../test/fixtures';
import { buildColumns } from './columns';
import { compileColumnFilter, filterPositions } from './column-filter';
import { deadlineWindowAt, deadlineFilters } from './deadline-window';
import { compileFilter } from './filter';
import { emptyQuery, UNASSIGNED, type QueueQuery } from './query';
import { queueViews } from './views';

// The queue runs its query over columns of codes; the row predicate is the reference meaning.
// Every view with every filter, on a spread of issues, must keep the very same rows.

const names = lookups();
const window = deadlineWindowAt(NOW);
const deadlines = [
  '2026-11-20T23:59:59+03:00',
  '2026-11-25T11:59:59+03:00',
  '2026-11-25T12:00:00+03:00',
  '2026-11-25T23:59:59+03:00',
  '2026-11-29T23:59:59+03:00',
  '2026-12-10T23:59:59+03:00',
];
const topics = ['yard-rubbish', 'yard-potholes', 'building-lift'];
const rows = Array.from({ length: 240 }, (_, i) =>
  row({
    id: `iss-${i}`,
    status: issueStatuses[i % issueStatuses.length] ?? 'new',
    priority: priorities[(i >> 1) % priorities.length] ?? 'normal',
    categoryId: topics[(i >> 2) % topics.length] ?? 'yard-rubbish',
    district: i % 5 === 0 ? 'Зябликово' : 'Орехово-Борисово Северное',
    assigneeId: i % 4 === 0 ? null : `st-${(i % 3) + 1}`,
    deadlineAt: deadlines[(i >> 3) % deadlines.length] ?? deadlines[0],
    address: i % 7 === 0 ? 'ул. Королёва, д. 5' : 'Ореховый бульвар, д. 22',
  }),
);
const columns = buildColumns(rows);
const order = Uint32Array.from(rows.keys());

const queries: Partial<QueueQuery>[] = [
  {},
  { statuses: ['new', 'returned'] },
  { priorities: ['urgent'] },
  { categories: ['yard'] },
  { categories: ['building-lift', 'yard-potholes'] },
  { districts: ['Зябликово'] },
  { assignees: [UNASSIGNED] },
  { assignees: [UNASSIGNED, 'st-2'] },
  { assignees: ['st-1'] },
  ...deadlineFilters.map((deadline) => ({ deadline })),
  { search: 'королев' },
  { statuses: ['resolved'], deadline: 'overdue' },
  { categories: ['yard'], priorities: ['high', 'urgent'], assignees: [UNASSIGNED], deadline: 'week' },
];

describe('the queue’s column filter', () => {
  for (const view of queueViews)
    it(`keeps the rows the row predicate keeps in the view “${view}”`, () => {
      for (const extra of queries) {
        const query: QueueQuery = { ...emptyQuery, view, ...extra };
        const expected = rows.filter(compileFilter(query, window, names.children)).map((r) => r.id);
        const kept = filterPositions(
          columns,
          order,
          false,
          compileColumnFilter(columns, query, window, names.children),
        );
        expect(
          Array.from(kept, (i) => rows[i]?.id),
          JSON.stringify(extra),
        ).toEqual(expected);
      }
    });

  it('reads the order backwards for a descending sort', () => {
    const filter = compileColumnFilter(columns, { ...emptyQuery, view: 'all' }, window, names.children);
    expect(Array.from(filterPositions(columns, order, true, filter))).toEqual([...order].reverse());
  });
});
