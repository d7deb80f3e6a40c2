import { describe, expect, it } from 'vitest';
import { putRows, writeChunk } from './apply';

/** The sizes of the bulkPut calls that writing `count` rows in chunks of `chunk` makes. */
async function callsFor(count: number, chunk: number): Promise<number[]> {
  const calls: number[] = [];
  const table = {
    bulkPut: (rows: readonly number[]) => {
      calls.push(rows.length);
      return Promise.resolve();
    },
  };
  await putRows(
    table,
    Array.from({ length: count }, (_, k) => k),
    chunk,
  );
  return calls;
}

describe('writing rows in chunks', () => {
  it('keeps a precise write under the 50 rows Dexie reports key by key', async () => {
    expect(writeChunk(true)).toBe(49);
    expect(writeChunk(true, true)).toBe(49);
    expect(await callsFor(100, writeChunk(true))).toEqual([49, 49, 2]);
  });

  it('writes a bulk pull in calls of 200 on the UI thread, and in one call in a worker', async () => {
    expect(await callsFor(450, writeChunk(false))).toEqual([200, 200, 50]);
    expect(await callsFor(450, writeChunk(false, true))).toEqual([450]);
    expect(await callsFor(0, writeChunk(false, true))).toEqual([]);
  });
});
