import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FirstPullProgress } from '../db/records';
import { ProgressThrottle, type StatusPatch } from './progress-throttle';

const progress = (stage: FirstPullProgress['stage'], issuesReceived: number): FirstPullProgress => ({
  stage,
  startedAt: '2026-12-01T09:00:00Z',
  openIssues: 10,
  issuesReceived,
  issuesExpected: null,
  expectedDoneAt: null,
  historyFrom: null,
  historyThrough: null,
});

describe('ProgressThrottle', () => {
  let now = 0;
  let written: StatusPatch[] = [];
  const throttle = () =>
    new ProgressThrottle(
      async (patch) => void written.push(patch),
      () => now,
      500,
    );
  beforeEach(() => {
    vi.useFakeTimers();
    now = 0;
    written = [];
  });
  afterEach(() => vi.useRealTimers());

  it('writes the first report at once, then at most one merged write per interval', () => {
    const progressOf = throttle();
    progressOf.report({ firstPull: progress('history', 100), pulledThisRun: 100 });
    progressOf.report({ firstPull: progress('history', 200) });
    progressOf.report({ pulledThisRun: 300 });
    expect(written).toEqual([{ firstPull: progress('history', 100), pulledThisRun: 100 }]);
    now = 500;
    vi.advanceTimersByTime(500);
    expect(written).toEqual([
      { firstPull: progress('history', 100), pulledThisRun: 100 },
      { firstPull: progress('history', 200), pulledThisRun: 300 },
    ]);
  });

  it('writes a new stage at once, and what is left on flush', async () => {
    const progressOf = throttle();
    progressOf.report({ firstPull: progress('open_work', 10) });
    progressOf.report({ firstPull: progress('history', 10) });
    progressOf.report({ pulledThisRun: 50 });
    expect(written.map((patch) => patch.firstPull?.stage)).toEqual(['open_work', 'history']);
    await progressOf.flush();
    expect(written.at(-1)).toEqual({ pulledThisRun: 50 });
    vi.advanceTimersByTime(1_000);
    expect(written).toHaveLength(3);
  });
});
