import type { ReportPhoto } from '@shared/domain';

/** What the person edits in a report draft. */
export interface DraftFields {
  text: string;
  photos: ReportPhoto[];
  completedAt: string;
}

export type DraftSaveState = { kind: 'saved' } | { kind: 'saving' } | { kind: 'failed'; error: unknown };

export interface DraftSnapshot {
  fields: DraftFields;
  save: DraftSaveState;
}

/** A patch, or a patch computed from the fields as they are at the moment it is applied. */
export type DraftChange = Partial<DraftFields> | ((current: DraftFields) => Partial<DraftFields>);

/**
 * The one way a draft reaches IndexedDB. Every edit replaces the whole draft and queues it;
 * one write runs at a time, in the order of the edits, and a write still waiting when a newer
 * edit arrives is skipped (the newer one holds every field), so an older draft can never land
 * after a newer one. "Saved" is reported only once the newest edit is on disk; a failed write
 * keeps the fields and waits for `retry()` or the next edit.
 *
 * A plain object outside React on purpose: state updaters and initialisers stay pure (React may
 * run them twice), and the writes go on after the editor unmounts.
 */
export class DraftSaveQueue {
  private snapshot: DraftSnapshot;
  /** The newest fields not yet handed to `write`. */
  private waiting: DraftFields | null = null;
  private running: Promise<void> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    initial: DraftFields,
    private readonly write: (fields: DraftFields) => Promise<void>,
  ) {
    this.snapshot = { fields: initial, save: { kind: 'saved' } };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): DraftSnapshot => this.snapshot;

  /** Applies a change; `persist: false` (a report no longer editable) changes the form only. */
  edit(change: DraftChange, persist: boolean): void {
    const patch = typeof change === 'function' ? change(this.snapshot.fields) : change;
    const fields = { ...this.snapshot.fields, ...patch };
    if (!persist) {
      this.publish({ fields, save: this.snapshot.save });
      return;
    }
    this.waiting = fields;
    this.publish({ fields, save: { kind: 'saving' } });
    this.drain();
  }

  /** Writes the current fields again after a failure. */
  retry(): void {
    if (this.snapshot.save.kind !== 'failed') return;
    this.waiting ??= this.snapshot.fields;
    this.publish({ ...this.snapshot, save: { kind: 'saving' } });
    this.drain();
  }

  /** Waits for every edit so far: true when all of it is on disk, false when a write failed. */
  async flush(): Promise<boolean> {
    while (this.running) await this.running;
    return this.snapshot.save.kind === 'saved';
  }

  private drain(): void {
    if (this.running) return;
    this.running = this.writeWaiting().finally(() => {
      this.running = null;
      // An edit that arrived after the last write finished but before this line.
      if (this.waiting) this.drain();
    });
  }

  private async writeWaiting(): Promise<void> {
    while (this.waiting) {
      const fields = this.waiting;
      this.waiting = null;
      try {
        await this.write(fields);
      } catch (error) {
        // A newer draft is waiting: it holds every field, so it is the retry.
        if (this.waiting) continue;
        this.publish({ ...this.snapshot, save: { kind: 'failed', error } });
        return;
      }
    }
    this.publish({ ...this.snapshot, save: { kind: 'saved' } });
  }

  private publish(next: DraftSnapshot): void {
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}
