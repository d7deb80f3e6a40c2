import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random';
import { positionsInOrder } from './time-order';

// The packed sort must give what a stable sort by time gives, ties in the order given.

const stableOrder = (times: Float64Array, positions: Int32Array): number[] =>
  [...positions].sort((a, b) => (times[a] ?? 0) - (times[b] ?? 0));

describe('positions in order of time', () => {
  it('sort whole milliseconds, ties in the order given', () => {
    const next = seededRandom(7);
    const start = Date.parse('2026-01-01T00:00:00+03:00');
    // Whole hours over a year: many ties.
    const times = Float64Array.from({ length: 2000 }, () => start + Math.floor(next() * 8760) * 3_600_000);
    const positions = Int32Array.from({ length: 2000 }, (_, at) => at).filter(() => next() < 0.7);
    expect([...positionsInOrder(times, positions)]).toEqual(stableOrder(times, positions));
  });

  it('sort times no packed key can hold (fractions, spans too wide) all the same', () => {
    const fractions = Float64Array.from([3.5, 1.25, 2, 1.25, 0.5]);
    const all = Int32Array.from([0, 1, 2, 3, 4]);
    expect([...positionsInOrder(fractions, all)]).toEqual([4, 1, 3, 2, 0]);
    const wide = Float64Array.from([2 ** 52, 0, 2 ** 51, 0]);
    expect([...positionsInOrder(wide, Int32Array.from([0, 1, 2, 3]))]).toEqual([1, 3, 2, 0]);
  });

  it('give nothing for no positions', () => {
    expect(positionsInOrder(new Float64Array(3), new Int32Array(0))).toHaveLength(0);
  });
});
