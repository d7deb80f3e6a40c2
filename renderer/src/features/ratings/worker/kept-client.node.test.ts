import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDb } from '../../../db/database';
import { acquireRatingsClient, releaseRatingsClient } from './kept-client';

afterEach(() => {
  vi.useRealTimers();
});

describe('the kept ratings client', () => {
  it('is the same client while the screen comes and goes, and a new one after a long absence', () => {
    vi.useFakeTimers();
    const db = createDb({ name: 'kept-client-test' });
    const first = acquireRatingsClient(db, false);
    expect(acquireRatingsClient(db, false)).toBe(first);
    releaseRatingsClient(first);
    vi.advanceTimersByTime(60_000);
    // Back from the queue within the grace period: the rows read before are still there.
    expect(acquireRatingsClient(db, false)).toBe(first);
    releaseRatingsClient(first);
    vi.advanceTimersByTime(3 * 60_000);
    expect(acquireRatingsClient(db, false)).not.toBe(first);
  });

  it('is a new client for another person’s database', () => {
    const mine = acquireRatingsClient(createDb({ name: 'kept-client-a' }), false);
    const theirs = acquireRatingsClient(createDb({ name: 'kept-client-b' }), false);
    expect(theirs).not.toBe(mine);
  });
});
