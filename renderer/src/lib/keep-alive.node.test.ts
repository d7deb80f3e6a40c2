import { afterEach, describe, expect, it, vi } from 'vitest';
import { KeepAlive } from './keep-alive';

afterEach(() => {
  vi.useRealTimers();
});

function counted(keepStopped: boolean) {
  const log: string[] = [];
  let made = 0;
  const cache = new KeepAlive<object, number>({
    create: () => (made += 1),
    start: (value) => log.push(`start ${value}`),
    stop: (value) => log.push(`stop ${value}`),
    graceMs: 1_000,
    keepStopped,
  });
  return { cache, log };
}

describe('a kept value', () => {
  it('starts for its first user, survives a quick return, and stops a grace period after the last', () => {
    vi.useFakeTimers();
    const { cache, log } = counted(false);
    const key = {};
    const a = cache.acquire(key);
    const b = cache.acquire(key);
    a.release();
    a.release();
    b.release();
    vi.advanceTimersByTime(500);
    const c = cache.acquire(key);
    expect(c.value).toBe(a.value);
    c.release();
    vi.advanceTimersByTime(1_000);
    expect(log).toEqual(['start 1', 'stop 1']);
    // Forgotten once stopped: the next user gets a new one.
    expect(cache.acquire(key).value).toBe(2);
  });

  it('can stay, stopped, for the next user to start again', () => {
    vi.useFakeTimers();
    const { cache, log } = counted(true);
    const key = {};
    cache.acquire(key).release();
    vi.advanceTimersByTime(1_000);
    expect(cache.acquire(key).value).toBe(1);
    expect(log).toEqual(['start 1', 'stop 1', 'start 1']);
  });
});
