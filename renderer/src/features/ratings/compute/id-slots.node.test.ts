import { describe, expect, it } from 'vitest';
import { IdSlots } from './id-slots';
import type { RatingsIssue } from './rows';

const issuesWith = (...ids: string[]): RatingsIssue[] =>
  ids.map((id) => ({
    id,
    number: `НГ-${id}`,
    categoryId: 'yard-rubbish',
    address: 'ул. Тверская, д. 1',
    lat: 55.76,
    lng: 37.61,
    receivedAt: '2026-11-02T10:00:00+03:00',
    deadlineAt: '2026-11-12T23:59:59+03:00',
    status: 'in_progress',
    assigneeId: null,
  }));

const slotsOf = (ids: IdSlots, rowIssueIds: string[]): number[] => [
  ...ids.slotsOfRows(rowIssueIds.length, (position) => rowIssueIds[position] ?? ''),
];

describe('the slot of a row by its issue id', () => {
  it('walks issues in id order beside rows in issue-id order, rows of unknown issues left out', () => {
    const ids = new IdSlots(issuesWith('a1', 'a3', 'b2', 'c9'));
    expect([...ids.ofIssue]).toEqual([0, 1, 2, 3]);
    expect(slotsOf(ids, ['a0', 'a1', 'a1', 'a3', 'b1', 'b2', 'c9', 'c9', 'd0'])).toEqual([
      -1, 0, 0, 1, -1, 2, 3, 3, -1,
    ]);
  });

  it('finds the same slots for rows in any order', () => {
    const ids = new IdSlots(issuesWith('a1', 'a3', 'b2', 'c9'));
    // In order at first, then not: the rest is looked up.
    expect(slotsOf(ids, ['a3', 'b2', 'a1', 'x', 'c9', 'a3'])).toEqual([1, 2, 0, -1, 3, 1]);
    expect(ids.slotOf('b2')).toBe(2);
    expect(ids.slotOf('b3')).toBe(-1);
  });

  it('gives issues out of id order, or sharing an id, the slot of the first issue with it', () => {
    const ids = new IdSlots(issuesWith('c9', 'a1', 'c9', 'b2'));
    expect([...ids.ofIssue]).toEqual([0, 1, 0, 3]);
    expect(slotsOf(ids, ['a1', 'b2', 'c9', 'zz'])).toEqual([1, 3, 0, -1]);
    expect(ids.slotOf('c9')).toBe(0);
  });
});
