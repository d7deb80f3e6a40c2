import { describe, expect, it } from 'vitest';
import { breakdownsOf } from '../compute/breakdowns';
import { periodFacts } from '../compute/compute';
import { indexRows } from '../compute/row-index';
import { NOW_MS, choice, mayRows } from '../compute/test/may-holidays';
import { defaultBreakdownSort, sortBreakdown } from './breakdown-sort';

const index = indexRows(mayRows);
const { byStaff, byTopic } = breakdownsOf(periodFacts(mayRows, index, choice.current, NOW_MS), index);
const names = (rows: typeof byStaff) => rows.map((row) => row.key);
const nameOf = (row: (typeof byStaff)[number]) => row.name?.ru ?? '';

describe('sorting a breakdown', () => {
  it('puts the most late answers first by default, ties by more issues', () => {
    // Late: ivanov 1 (i2) of 3 issues, the unassigned 1 (i5) of 1, petrov 0.
    expect(names(sortBreakdown(byStaff, defaultBreakdownSort, nameOf, 'ru'))).toEqual([
      'ivanov',
      '',
      'petrov',
    ]);
  });

  it('sorts by any column either way, rows without a value last', () => {
    // Average score: rubbish 3.5, roof 2.5.
    expect(names(sortBreakdown(byTopic, { column: 'avgScore', direction: 'asc' }, nameOf, 'ru'))).toEqual([
      'roof',
      'rubbish',
    ]);
    // The unassigned have no rating: last whichever way.
    const byScore = sortBreakdown(byStaff, { column: 'avgScore', direction: 'desc' }, nameOf, 'ru');
    expect(names(byScore).at(-1)).toBe('');
    expect(names(sortBreakdown(byStaff, { column: 'avgScore', direction: 'asc' }, nameOf, 'ru')).at(-1)).toBe(
      '',
    );
    expect(names(sortBreakdown(byStaff, { column: 'name', direction: 'asc' }, nameOf, 'ru'))).toEqual([
      '',
      'ivanov',
      'petrov',
    ]);
  });
});
