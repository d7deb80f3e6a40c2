import { describe, expect, it } from 'vitest';
import { NOW, lookups, row } from '../test/fixtures';
import { deadlineWindowAt } from './deadline-window';
import { compileFilter, expandCategories } from './filter';
import { emptyQuery, UNASSIGNED, type QueueQuery } from './query';
import { buildColumns } from './columns';
import { SortedOrders } from './column-sort';
import { QueryRunner, runQuery } from './run-query';
import type { QueueRow } from './queue-row';

const window = deadlineWindowAt(NOW);
const names = lookups();
const rows = [
  row({
    id: '1',
    status: 'new',
    categoryId: 'yard-rubbish',
    address: 'ул. Королёва, д. 5',
    priority: 'urgent',
  }),
  row({
    id: '2',
    status: 'in_progress',
    assigneeId: 'st-1',
    categoryId: 'yard-potholes',
    description: 'Яма у ПОДЪЕЗДА',
    deadlineAt: '2026-11-24T23:59:59+03:00',
  }),
  row({
    id: '3',
    status: 'returned',
    assigneeId: 'st-2',
    categoryId: 'building-lift',
    district: 'Зябликово',
  }),
  row({
    id: '4',
    status: 'resolved',
    assigneeId: 'st-1',
    categoryId: 'building-lift',
    deadlineAt: '2026-11-25T23:59:59+03:00',
  }),
  row({
    id: '5',
    status: 'reopened',
    categoryId: 'yard-rubbish',
    deadlineAt: '2026-11-25T23:59:59+03:00',
    priority: 'high',
  }),
];

const run = (shown: readonly QueueRow[], query: Partial<QueueQuery>) =>
  runQuery(
    buildColumns(shown),
    { ...emptyQuery, view: 'all', ...query },
    window,
    names.children,
    names.sort,
    new SortedOrders(),
  ).ids();
const ids = (query: Partial<QueueQuery>) => run(rows, query);
const matching = (query: Partial<QueueQuery>) => {
  const accepts = compileFilter({ ...emptyQuery, view: 'all', ...query }, window, names.children);
  return rows.filter(accepts).map((r) => r.id);
};

describe('the queue filter', () => {
  it('filters by status, priority, district and assignee, including nobody', () => {
    expect(matching({ statuses: ['new', 'returned'] })).toEqual(['1', '3']);
    expect(matching({ priorities: ['urgent', 'high'] })).toEqual(['1', '5']);
    expect(matching({ districts: ['Зябликово'] })).toEqual(['3']);
    expect(matching({ assignees: [UNASSIGNED] })).toEqual(['1', '5']);
    expect(matching({ assignees: [UNASSIGNED, 'st-2'] })).toEqual(['1', '3', '5']);
  });

  it('takes a top-level category for all of its topics', () => {
    expect([...expandCategories(['yard'], names.children)].sort()).toEqual([
      'yard',
      'yard-potholes',
      'yard-rubbish',
    ]);
    expect(matching({ categories: ['yard'] })).toEqual(['1', '2', '5']);
    expect(matching({ categories: ['building-lift', 'yard-potholes'] })).toEqual(['2', '3', '4']);
  });

  it('filters by deadline: overdue, due today, due this week (never a resolved issue)', () => {
    expect(matching({ deadline: 'overdue' })).toEqual(['2']);
    expect(matching({ deadline: 'today' })).toEqual(['5']);
    expect(matching({ deadline: 'week' })).toEqual(['1', '3', '5']);
  });

  it('searches number, address and description, in any case, with ё and е alike, every word', () => {
    expect(matching({ search: 'королев' })).toEqual(['1']);
    expect(matching({ search: 'КОРОЛЁВА' })).toEqual(['1']);
    expect(matching({ search: 'подъезда яма' })).toEqual(['2']);
    expect(matching({ search: '0000003' })).toEqual(['3']);
    expect(matching({ search: 'подъезда лифт' })).toEqual([]);
  });

  it('combines everything with the view', () => {
    expect(matching({ view: 'open', categories: ['yard'], assignees: [UNASSIGNED] })).toEqual(['1', '5']);
    expect(matching({ view: 'unassigned', priorities: ['high'] })).toEqual(['5']);
    expect(matching({ view: 'overdue', search: 'яма' })).toEqual(['2']);
  });
});

describe('the queue order', () => {
  it('sorts by deadline by default, the most urgent first', () => {
    expect(ids({})).toEqual(['2', '4', '5', '1', '3']);
    expect(ids({ sort: { column: 'deadline', direction: 'desc' } })).toEqual(['3', '1', '5', '4', '2']);
  });

  it('sorts by names in the current language and puts nobody last', () => {
    // Абрамова (st-2) before Яковлев (st-1); unassigned after everyone (ties by deadline).
    expect(ids({ sort: { column: 'assignee', direction: 'asc' } })).toEqual(['3', '2', '4', '5', '1']);
    // Topics: Неисправный лифт, Неубранный мусор, Ямы во дворе.
    expect(ids({ sort: { column: 'topic', direction: 'asc' } })).toEqual(['4', '3', '5', '1', '2']);
  });

  it('sorts by status in workflow order and by priority, urgent first when descending', () => {
    expect(ids({ sort: { column: 'status', direction: 'asc' } })).toEqual(['1', '5', '3', '2', '4']);
    expect(ids({ sort: { column: 'priority', direction: 'desc' } }).slice(0, 2)).toEqual(['1', '5']);
  });

  it('sorts addresses as people read them: house 9 before house 10', () => {
    const houses = [
      row({ id: 'a', address: 'ул. Лесная, д. 10' }),
      row({ id: 'b', address: 'ул. Лесная, д. 9' }),
    ];
    expect(run(houses, { sort: { column: 'address', direction: 'asc' } })).toEqual(['b', 'a']);
  });
});

describe('sorted orders', () => {
  it('are worked out once per set of rows and column, whatever the filter and direction', () => {
    const orders = new SortedOrders();
    const columns = buildColumns(rows);
    const first = orders.ascending(columns, 'received', names.sort);
    expect(orders.ascending(columns, 'received', names.sort)).toBe(first);
    expect(orders.ascending(buildColumns(rows), 'received', names.sort)).not.toBe(first);
  });
});

describe('the query runner', () => {
  it('narrows a search typed on within the rows already found, with the same result as a full run', () => {
    const runner = new QueryRunner();
    const columns = buildColumns(rows);
    const search = (text: string) =>
      runner
        .run(columns, { ...emptyQuery, view: 'all', search: text }, window, names.children, names.sort)
        .ids();
    expect(search('п')).toEqual(run(rows, { search: 'п' }));
    expect(search('по')).toEqual(run(rows, { search: 'по' }));
    expect(search('подъезда')).toEqual(['2']);
    expect(search('под')).toEqual(run(rows, { search: 'под' }));
    expect(search('')).toEqual(ids({}));
  });
});
