import { afterEach, describe, expect, it, vi } from 'vitest';

// Each test takes the gate as a fresh page has it.
const freshGate = async () => {
  vi.resetModules();
  return import('./start-gate');
};

const settledSoon = async (promise: Promise<void>): Promise<boolean> => {
  let settled = false;
  void promise.then(() => (settled = true));
  await vi.advanceTimersByTimeAsync(50);
  return settled;
};

afterEach(() => vi.useRealTimers());

describe('the start gate', () => {
  it('is open when nothing holds it (a screen on its own, a test)', async () => {
    vi.useFakeTimers();
    const gate = await freshGate();
    expect(await settledSoon(gate.whenStartWorkMayRun())).toBe(true);
  });

  it('holds start work until the first screen is shown and painted', async () => {
    vi.useFakeTimers();
    const gate = await freshGate();
    gate.holdStartWork();
    const waiting = gate.whenStartWorkMayRun();
    expect(await settledSoon(waiting)).toBe(false);
    gate.firstScreenShown();
    expect(await settledSoon(waiting)).toBe(true);
    // Asked later, it is open.
    expect(await settledSoon(gate.whenStartWorkMayRun())).toBe(true);
  });

  it('lets start work run after the longest hold even when no first screen comes', async () => {
    vi.useFakeTimers();
    const gate = await freshGate();
    gate.holdStartWork(1000);
    const waiting = gate.whenStartWorkMayRun();
    expect(await settledSoon(waiting)).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await settledSoon(waiting)).toBe(true);
  });
});
