// A start with the replica full has one job first: the queue's first rows on screen. The work
// a start can leave for a moment (the clusters' and the risk model's workers, each reading
// the whole replica; a resumed session's first sync) waits until those rows are painted, so
// that it does not compete with them for the UI thread, IndexedDB and the machine's cores.
// The app's entry holds the gate at start; without a hold (tests, a screen in isolation) it
// is open.

/** However the first screen fares, held work starts at most this long after the hold. */
export const START_HOLD_MAX_MS = 3000;

let held: Promise<void> | null = null;
let release: (() => void) | null = null;

/** Holds start work until `firstScreenShown()` (or `maxMs`). Called once, by the app's entry. */
export function holdStartWork(maxMs = START_HOLD_MAX_MS): void {
  if (held) return;
  held = new Promise<void>((resolve) => {
    const timer = setTimeout(open, maxMs);
    function open() {
      clearTimeout(timer);
      release = null;
      resolve();
    }
    release = open;
  });
}

/**
 * The first screen's rows are in the page: held work may start once they are painted (the
 * next frame) and the UI thread has had a moment to itself.
 */
export function firstScreenShown(): void {
  const open = release;
  if (!open) return;
  release = null;
  const afterPaint = () => setTimeout(open, 0);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(afterPaint);
  else afterPaint();
}

/** Resolves when start work may run: at once when nothing holds it. */
export function whenStartWorkMayRun(): Promise<void> {
  return held ?? Promise.resolve();
}
