import { describe, expect, it } from 'vitest';
import { median } from './median';

const bySorting = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

describe('median', () => {
  it('is null for nothing, the middle for an odd count, the mean of the middle two for an even one', () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([13, 56, 53, 27])).toBe(40);
  });

  it('agrees with sorting on many lists, repeated values included, and leaves its input alone', () => {
    let seed = 11;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let n = 0; n < 300; n += 1) {
      const values = Array.from(
        { length: 1 + Math.floor(random() * 60) },
        () => Math.floor(random() * 20) / 2,
      );
      const copy = [...values];
      expect(median(values)).toBe(bySorting(values));
      expect(values).toEqual(copy);
    }
  });
});
