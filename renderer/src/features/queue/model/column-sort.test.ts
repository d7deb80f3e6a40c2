import { describe, expect, it } from 'vitest';
import { lookups, row } from '../test/fixtures';
import { buildColumns, type QueueColumns } from './columns';
import { sortedPositions, stableSortByKey } from './column-sort';
import { sortColumns, type SortColumn } from './query';
import type { SortLookups } from './sort';

// The sort works by ranks and counting; the reference is the plain comparator it replaced:
// the column's key, then deadline, then time of receipt, then position.

const names = lookups();
const statusRank = { new: 0, reopened: 1, returned: 2, in_progress: 3, on_moderation: 4, resolved: 5 };
const collator = new Intl.Collator('ru', { numeric: true, sensitivity: 'base' });

function referenceOrder(columns: QueueColumns, column: SortColumn, sort: SortLookups): number[] {
  const rows = columns.rows;
  const key = (i: number): number | string => {
    const r = rows[i];
    if (!r) return 0;
    switch (column) {
      case 'deadline':
        return r.deadlineMs;
      case 'received':
        return r.receivedMs;
      case 'priority':
        return { normal: 0, high: 1, urgent: 2 }[r.priority];
      case 'status':
        return statusRank[r.status];
      case 'number':
        return Number(r.number.replace(/\D/g, '').slice(0, 15)) || 0;
      case 'topic':
        return sort.categoryRank.get(r.categoryId) ?? Number.MAX_SAFE_INTEGER;
      case 'assignee':
        return r.assigneeId === null
          ? Number.MAX_SAFE_INTEGER
          : (sort.staffRank.get(r.assigneeId) ?? Number.MAX_SAFE_INTEGER - 1);
      case 'address':
        return r.address;
      case 'district':
        return r.district;
    }
  };
  const compareKeys = (a: number | string, b: number | string) =>
    typeof a === 'string' && typeof b === 'string' ? collator.compare(a, b) : Number(a) - Number(b);
  return [...rows.keys()].sort(
    (a, b) =>
      compareKeys(key(a), key(b)) ||
      (rows[a]?.deadlineMs ?? 0) - (rows[b]?.deadlineMs ?? 0) ||
      (rows[a]?.receivedMs ?? 0) - (rows[b]?.receivedMs ?? 0) ||
      a - b,
  );
}

// Few distinct values per column, so that ties, and ties of ties, are everywhere.
const pick = <T>(values: readonly T[], i: number, salt: number): T =>
  values[(i * salt + (i >> 2)) % values.length] as T;
const rows = Array.from({ length: 300 }, (_, i) =>
  row({
    id: `iss-${(i * 7919) % 300}`,
    number: `НГ-2026-${String((i * 37) % 120).padStart(7, '0')}`,
    status: pick(['new', 'in_progress', 'on_moderation', 'resolved', 'returned', 'reopened'] as const, i, 5),
    priority: pick(['normal', 'high', 'urgent'] as const, i, 7),
    categoryId: pick(['yard-rubbish', 'yard-potholes', 'building-lift', 'unknown-topic'], i, 3),
    assigneeId: pick([null, 'st-1', 'st-2', 'st-3', 'st-gone'], i, 11),
    address: pick(
      ['ул. Лесная, д. 10', 'ул. Лесная, д. 9', 'Ореховый бульвар, д. 22', 'ул. Ёлочная, д. 1'],
      i,
      13,
    ),
    district: pick(['Зябликово', 'Орехово-Борисово Северное', 'Бирюлёво'], i, 17),
    deadlineAt: pick(
      ['2026-11-20T23:59:59+03:00', '2026-11-25T12:00:00+03:00', '2026-12-01T23:59:59+03:00'],
      i,
      19,
    ),
    receivedAt: pick(['2026-11-18T10:00:00+03:00', '2026-11-19T10:00:00+03:00'], i, 23),
  }),
);

describe('sorting by ranks and counting', () => {
  const columns = buildColumns(rows);
  for (const column of sortColumns)
    it(`orders “${column}” exactly as the comparator does, ties and all`, () => {
      expect(Array.from(sortedPositions(columns, column, names.sort))).toEqual(
        referenceOrder(columns, column, names.sort),
      );
    });

  it('keeps the given order among equal keys', () => {
    const keys = Float64Array.from([3, 1, 3, -0, 0, 1, 2]);
    expect(Array.from(stableSortByKey(Uint32Array.from([6, 5, 4, 3, 2, 1, 0]), keys))).toEqual([
      4, 3, 5, 1, 6, 2, 0,
    ]);
  });
});
