import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDb } from '../../../db/database';
import { acquireRatingsClient, ratingsClientOf } from './kept-client';

afterEach(() => {
  vi.useRealTimers();
});

describe('the kept ratings client', () => {
  it('is the same client while the screen comes and goes, and a new one after a long absence', () => {
    vi.useFakeTimers();
    const db = createDb({ name: 'kept-client-test' });
    const first = acquireRatingsClient(db, false);
    const second = acquireRatingsClient(db, false);
    expect(second.value).toBe(first.value);
    first.release();
    second.release();
    vi.advanceTimersByTime(60_000);
    // Back from the queue within the grace period: the rows read before are still there.
    const back = acquireRatingsClient(db, false);
    expect(back.value).toBe(first.value);
    back.release();
    vi.advanceTimersByTime(3 * 60_000);
    expect(acquireRatingsClient(db, false).value).not.toBe(first.value);
  });

  it('stays while any screen holds it', () => {
    vi.useFakeTimers();
    const db = createDb({ name: 'kept-client-held' });
    const held = acquireRatingsClient(db, false);
    acquireRatingsClient(db, false).release();
    vi.advanceTimersByTime(10 * 60_000);
    expect(ratingsClientOf(db, false)).toBe(held.value);
  });

  it('is a new client for another person’s database', () => {
    const mine = acquireRatingsClient(createDb({ name: 'kept-client-a' }), false);
    const theirs = acquireRatingsClient(createDb({ name: 'kept-client-b' }), false);
    expect(theirs.value).not.toBe(mine.value);
  });
});
