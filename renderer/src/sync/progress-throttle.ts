import type { SyncStatusRecord } from '../db/records';

export type StatusPatch = Partial<SyncStatusRecord>;

/**
 * Progress of a pull, written to the sync status at most once per `intervalMs`: every write
 * wakes each screen that reads the status, and a first pull applies pages many times a second.
 * Patches in between are merged, the latest winning; a first pull's new stage is written at
 * once (screens change their words on it), and `flush` writes what is left before the run's
 * own last word.
 */
export class ProgressThrottle {
  private pending: StatusPatch | null = null;
  private lastWriteAt = -Infinity;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stage: string | null = null;

  constructor(
    private readonly write: (patch: StatusPatch) => Promise<void>,
    private readonly nowMs: () => number = () => Date.now(),
    private readonly intervalMs = 500,
  ) {}

  report(patch: StatusPatch): void {
    this.pending = { ...this.pending, ...patch };
    const stage = patch.firstPull?.stage ?? this.stage;
    const stageMoved = stage !== this.stage;
    this.stage = stage;
    const wait = this.lastWriteAt + this.intervalMs - this.nowMs();
    if (stageMoved || wait <= 0) {
      void this.flush();
      return;
    }
    this.timer ??= setTimeout(() => void this.flush(), wait);
  }

  /**
   * Writes what is pending now (the writes keep their order: each is a transaction queued after
   * the last). A write that fails (the database closed at sign-out) loses only a progress figure.
   */
  flush(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const patch = this.pending;
    this.pending = null;
    if (patch === null) return Promise.resolve();
    this.lastWriteAt = this.nowMs();
    return this.write(patch).catch(() => undefined);
  }
}
