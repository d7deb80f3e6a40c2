import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Random, hashString } from './random';

describe('Random', () => {
  it('repeats its stream for a seed and differs between seeds', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, () => new Random(seed).nextUint32());
    const a = new Random(1);
    const b = new Random(1);
    expect(Array.from({ length: 100 }, () => a.next())).toEqual(Array.from({ length: 100 }, () => b.next()));
    expect(draw(1)[0]).not.toBe(draw(2)[0]);
  });

  it('forks independent, reproducible streams', () => {
    const x = new Random(7).fork('photos').nextUint32();
    const y = new Random(7).fork('photos').nextUint32();
    const z2 = new Random(7).fork('staff').nextUint32();
    expect(x).toBe(y);
    expect(x).not.toBe(z2);
  });

  it('keeps ints within bounds and spreads them', () => {
    const rng = new Random(3);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i += 1) {
      const value = rng.int(1, 6);
      expect(value).toBeGreaterThanOrEqual(1);
      expect(value).toBeLessThanOrEqual(6);
      seen.add(value);
    }
    expect(seen.size).toBe(6);
  });

  it('draws weighted indices in proportion', () => {
    const rng = new Random(11);
    const counts = [0, 0, 0];
    for (let i = 0; i < 10_000; i += 1) {
      const index = rng.weightedIndex([1, 0, 3]);
      counts[index] = (counts[index] ?? 0) + 1;
    }
    expect(counts[1]).toBe(0);
    expect((counts[2] ?? 0) / (counts[0] ?? 1)).toBeGreaterThan(2.5);
  });

  it('makes valid version 4 UUIDs', () => {
    const rng = new Random(5);
    const ids = Array.from({ length: 500 }, () => rng.uuidV4());
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(z.uuid().safeParse(id).success).toBe(true);
    }
    expect(new Set(ids).size).toBe(500);
  });

  it('hashes strings stably', () => {
    expect(hashString('Шипиловская улица, д. 16')).toBe(hashString('Шипиловская улица, д. 16'));
    expect(hashString('a')).not.toBe(hashString('b'));
  });
});
