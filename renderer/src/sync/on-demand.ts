import { liveQuery, type Subscription } from 'dexie';
import type { CityClient } from '../city/client';
import { CityError } from '../city/errors';
import type { DeskDb } from '../db/database';
import type { RequestFailure, RequestRecord } from '../db/records';
import { cityStatsKey } from '../db/requests';
import { fetchAndKeepPhoto } from './keep-photo';

export interface OnDemandOptions {
  db: DeskDb;
  client: Pick<CityClient, 'photo' | 'companyStats'>;
  now?: () => Date;
  /** How many requests are fetched at a time. */
  parallel?: number;
}

/** The figures of this many periods are kept; older ones go. */
const KEEP_CITY_STATS = 20;

function failureOf(error: unknown): RequestFailure {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof CityError && (error.kind === 'network' || error.kind === 'timeout'))
    return { code: 'offline', message };
  if (error instanceof CityError && error.status === 403) return { code: 'forbidden', message };
  return { code: 'failed', message };
}

/**
 * The on-demand reads: what screens ask of the city (a photo not yet on the device, the
 * city's own figures) arrives as rows of `requests`; this notices them by itself, fetches
 * each once, writes the answer to the store, and the screens read it from there.
 */
export class OnDemandReads {
  private readonly db: DeskDb;
  private readonly now: () => Date;
  private subscription: Subscription | null = null;
  /** Keys taken and not finished: asked twice meanwhile, a request is fetched once. */
  private readonly taken = new Set<string>();
  private readonly queue: RequestRecord[] = [];
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly options: OnDemandOptions) {
    this.db = options.db;
    this.now = options.now ?? (() => new Date());
  }

  start(): void {
    if (this.subscription) return;
    this.subscription = liveQuery(() => this.db.requests.where('state').equals('wanted').toArray()).subscribe(
      {
        next: (wanted) => this.take(wanted),
        // A closed database (signed out) ends the subscription; nothing is lost, the rows stay.
        error: () => undefined,
      },
    );
  }

  stop(): void {
    this.subscription?.unsubscribe();
    this.subscription = null;
    for (const request of this.queue.splice(0)) this.taken.delete(request.key);
  }

  /** Resolves when every request taken so far has been answered. */
  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running);
  }

  private take(wanted: readonly RequestRecord[]): void {
    for (const request of wanted) {
      if (this.taken.has(request.key)) continue;
      this.taken.add(request.key);
      this.queue.push(request);
    }
    this.pump();
  }

  private pump(): void {
    while (this.subscription && this.running.size < (this.options.parallel ?? 4)) {
      const request = this.queue.shift();
      if (!request) return;
      const answering: Promise<void> = this.answer(request).finally(() => {
        this.running.delete(answering);
        this.taken.delete(request.key);
        this.pump();
      });
      this.running.add(answering);
    }
  }

  private async answer(request: RequestRecord): Promise<void> {
    try {
      if (request.kind === 'photo') {
        const kept = await fetchAndKeepPhoto(this.db, this.options.client, request.photo, this.now);
        if (!kept)
          await this.fail(request, { code: 'failed', message: 'The bytes are not the photo asked for' });
      } else {
        const stats = await this.options.client.companyStats(request.period.from, request.period.to);
        await this.db.transaction('rw', this.db.cityStats, this.db.requests, async () => {
          await this.db.cityStats.put({
            key: cityStatsKey(request.period),
            period: request.period,
            stats,
            fetchedAt: this.now().toISOString(),
          });
          await this.db.requests.delete(request.key);
          const all = await this.db.cityStats.toArray();
          const old = all.sort((a, b) => b.fetchedAt.localeCompare(a.fetchedAt)).slice(KEEP_CITY_STATS);
          await this.db.cityStats.bulkDelete(old.map((record) => record.key));
        });
      }
    } catch (error) {
      await this.fail(request, failureOf(error)).catch(() => undefined);
    }
  }

  private async fail(request: RequestRecord, error: RequestFailure): Promise<void> {
    await this.db.requests.update(request.key, {
      state: 'failed',
      failedAt: this.now().toISOString(),
      error,
    });
  }
}
