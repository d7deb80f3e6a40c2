import { liveQuery, type Subscription } from 'dexie';
import type { CityClient } from '../city/client';
import { CityError } from '../city/errors';
import type { DeskDb } from '../db/database';
import type { SyncStatusRecord } from '../db/records';
import { idleStatus } from '../db/sync-status';
import { backoffDelayMs, defaultBackoff, type BackoffPolicy } from './backoff';
import { prefetchResidentPhotos } from './prefetch';
import { ProgressThrottle } from './progress-throttle';
import { pullChanges, type PullDeps } from './pull';
import { drainOutbox, type SyncNotice } from './push';

export interface SyncEngineOptions {
  db: DeskDb;
  client: CityClient;
  /** The signed-in person: a supervisor's open issues get their residents' photos fetched ahead. */
  user: { id: string; role: string };
  now?: () => Date;
  random?: () => number;
  backoff?: BackoffPolicy;
  /** How often to sync while online and idle. */
  periodMs?: number;
  /** How soon after a local change to send it. */
  debounceMs?: number;
  notice?: (notice: SyncNotice) => void;
  /** The session ended: the UI asks the person to sign in again; nothing local is touched. */
  onAuthLost?: () => void;
  /** Web Locks: one runner per database across windows and tabs; absent in Node tests. */
  locks?: LockManager;
  /** The window or worker whose online/offline events start and pause syncing. */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  isOnline?: () => boolean;
  yieldToUi?: () => Promise<void>;
  /** Where the pull runs: in the app a worker of its own (worker/pull-in-worker.ts); here by default. */
  runPull?: (deps: PullDeps) => Promise<number>;
}

/**
 * The sync engine: with the on-demand reads beside it, the only code that talks to the city.
 * It runs at start, when the network comes back, shortly after a local change (it notices new
 * outbox rows by itself: nobody pokes it), periodically while online, and on "Sync now";
 * never twice at a time (in this window: one promise; across windows: a Web Lock).
 */
export class SyncEngine {
  private readonly db: DeskDb;
  private readonly client: CityClient;
  private readonly now: () => Date;
  private readonly random: () => number;
  private readonly backoff: BackoffPolicy;
  private running: Promise<void> | null = null;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private periodic: ReturnType<typeof setInterval> | null = null;
  private failures = 0;
  private stopped = true;
  private outboxWatch: Subscription | null = null;
  /** The fresh outbox rows seen last: a row not among them is a change a person just made. */
  private freshSeen = new Set<number>();
  private readonly onOnline = () => void this.syncNow();

  constructor(private readonly options: SyncEngineOptions) {
    this.db = options.db;
    this.client = options.client;
    this.now = options.now ?? (() => new Date());
    this.random = options.random ?? Math.random;
    this.backoff = options.backoff ?? defaultBackoff;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.options.events?.addEventListener('online', this.onOnline);
    this.periodic = setInterval(() => void this.syncNow(), this.options.periodMs ?? 60_000);
    this.watchOutbox();
    void this.syncNow();
  }

  stop(): void {
    this.stopped = true;
    this.options.events?.removeEventListener('online', this.onOnline);
    if (this.periodic) clearInterval(this.periodic);
    if (this.timer) clearTimeout(this.timer);
    this.outboxWatch?.unsubscribe();
    this.outboxWatch = null;
    this.freshSeen = new Set();
    this.periodic = null;
    this.timer = null;
  }

  /**
   * Dexie tells of every change of the outbox, in this window or another. A row waiting with
   * no attempt yet is a person's change (a new one, or a refused one sent again; a row the
   * engine tried and must try later has attempts and its own backoff): send it soon,
   * gathering a burst of changes into one run.
   */
  private watchOutbox(): void {
    const fresh = () =>
      this.db.outbox
        .where('state')
        .equals('waiting')
        .filter((item) => item.attempts === 0)
        .primaryKeys();
    this.outboxWatch = liveQuery(fresh).subscribe({
      next: (seqs) => {
        const arrived = seqs.some((seq) => !this.freshSeen.has(seq));
        this.freshSeen = new Set(seqs);
        if (arrived) this.schedule(this.options.debounceMs ?? 800);
      },
      // A closed database (signed out) ends the watch; the rows stay for the next sign-in.
      error: () => undefined,
    });
  }

  /** Runs a full sync now, or joins the one under way (and runs once more after it). */
  syncNow(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.runExclusive().finally(() => {
      this.running = null;
      if (this.again && !this.stopped) {
        this.again = false;
        void this.syncNow();
      }
    });
    return this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.syncNow();
    }, delayMs);
  }

  private async runExclusive(): Promise<void> {
    const { locks } = this.options;
    if (!locks) return this.runOnce();
    await locks.request(`gorod-desk-sync:${this.db.name}`, { ifAvailable: true }, async (lock) => {
      // Another window holds it and is syncing this same database: its results reach us through Dexie.
      if (lock) await this.runOnce();
    });
  }

  /** Read and written in one transaction: progress reported while a page is written is never lost. */
  private async setStatus(patch: Partial<SyncStatusRecord>): Promise<void> {
    await this.db.transaction('rw', this.db.meta, async () => {
      const current = (await this.db.getMeta('syncStatus')) ?? idleStatus;
      await this.db.setMeta('syncStatus', { ...current, ...patch });
    });
  }

  private async runOnce(): Promise<void> {
    if (this.options.isOnline && !this.options.isOnline()) {
      await this.setStatus({
        running: false,
        phase: 'idle',
        error: { code: 'offline', message: 'No network', at: this.now().toISOString() },
      });
      return;
    }
    const startedAt = this.now().toISOString();
    await this.setStatus({ running: true, phase: 'pushing', lastAttemptAt: startedAt, pulledThisRun: 0 });
    try {
      // People's work leaves first; then the city's news comes in.
      const drained = await drainOutbox({
        db: this.db,
        client: this.client,
        now: this.now,
        random: this.random,
        backoff: this.backoff,
        ...(this.options.notice ? { notice: this.options.notice } : {}),
      });
      await this.setStatus({ phase: 'pulling' });
      const supervisor = this.options.user.role === 'supervisor';
      // On a first pull a supervisor's photos come right after the open work, beside the history.
      let earlyPhotos: Promise<unknown> = Promise.resolve();
      const progress = new ProgressThrottle((patch) => this.setStatus(patch));
      await (this.options.runPull ?? pullChanges)({
        db: this.db,
        client: this.client,
        now: this.now,
        ...(this.options.yieldToUi ? { yieldToUi: this.options.yieldToUi } : {}),
        onPage: (_applied, total) => progress.report({ pulledThisRun: total }),
        onProgress: (firstPull) => progress.report({ firstPull }),
        onOpenWork: () => {
          if (supervisor)
            earlyPhotos = prefetchResidentPhotos(this.db, this.client, this.options.user.id).catch(() => 0);
        },
      }).finally(() => progress.flush());
      await earlyPhotos;
      if (supervisor) {
        await this.setStatus({ phase: 'prefetching' });
        await prefetchResidentPhotos(this.db, this.client, this.options.user.id);
      }
      this.failures = 0;
      const nextAttemptAt = drained.retryAt;
      await this.setStatus({
        running: false,
        phase: 'idle',
        lastSuccessAt: this.now().toISOString(),
        error: null,
        nextAttemptAt,
      });
      if (nextAttemptAt !== null) this.schedule(Math.max(0, nextAttemptAt - this.now().getTime()));
    } catch (error) {
      const cityError =
        error instanceof CityError
          ? error
          : new CityError('network', error instanceof Error ? error.message : String(error));
      const at = this.now().toISOString();
      if (cityError.kind === 'auth') {
        await this.setStatus({
          running: false,
          phase: 'idle',
          error: { code: 'signed_out', message: cityError.message, at },
          nextAttemptAt: null,
        });
        this.stop();
        this.options.onAuthLost?.();
        return;
      }
      this.failures += 1;
      const delay = backoffDelayMs(this.failures, this.backoff, this.random, cityError.retryAfterMs);
      await this.setStatus({
        running: false,
        phase: 'idle',
        error: { code: cityError.code, message: cityError.message, at },
        nextAttemptAt: this.now().getTime() + delay,
      });
      this.schedule(delay);
    }
  }
}
