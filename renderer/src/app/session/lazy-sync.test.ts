import { describe, expect, it, vi } from 'vitest';
import type { CitySync } from '../../sync/connect';
import { loadedLater } from './lazy-sync';

function fakeSync() {
  const sync = { start: vi.fn(), stop: vi.fn(), syncNow: vi.fn(async () => {}) } satisfies CitySync;
  let arrive: () => void = () => {};
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const load = vi.fn(async () => {
    await arrived;
    return sync;
  });
  return { sync, load, arrive };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a sync whose code loads when it is first started', () => {
  it('loads nothing until started, then starts once its code is in', async () => {
    const { sync, load, arrive } = fakeSync();
    const lazy = loadedLater(load);
    expect(load).not.toHaveBeenCalled();
    lazy.start();
    expect(sync.start).not.toHaveBeenCalled();
    arrive();
    await flush();
    expect(sync.start).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('never starts when stopped before its code arrived (signed out at once)', async () => {
    const { sync, load, arrive } = fakeSync();
    const lazy = loadedLater(load);
    lazy.start();
    lazy.stop();
    arrive();
    await flush();
    expect(sync.start).not.toHaveBeenCalled();
  });

  it('runs «sync now» once the code is in', async () => {
    const { sync, load, arrive } = fakeSync();
    const lazy = loadedLater(load);
    const asked = lazy.syncNow();
    arrive();
    await asked;
    expect(sync.syncNow).toHaveBeenCalledTimes(1);
  });
});
