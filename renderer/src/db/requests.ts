import type { DeskDb } from './database';
import type { CityStatsRecord, RequestRecord, StatsPeriod, WantedPhoto } from './records';
import { systemClock, type Clock } from './repositories';

// What a screen needs from the city on demand is asked here, as a row sync notices and
// answers into the store; the screen reads the store. A screen never calls the city.

export const photoRequestKey = (sha256: string): string => `photo:${sha256}`;
export const cityStatsKey = (period: StatsPeriod): string => `${period.from}|${period.to}`;
export const cityStatsRequestKey = (period: StatsPeriod): string => `cityStats:${cityStatsKey(period)}`;

/** Asks again unless the same thing is already waiting to be fetched. */
async function ask(db: DeskDb, request: RequestRecord): Promise<void> {
  await db.transaction('rw', db.requests, async () => {
    const existing = await db.requests.get(request.key);
    if (existing?.state === 'wanted') return;
    await db.requests.put(request);
  });
}

/** A photo to show that this device does not keep: sync fetches it once and keeps it. */
export async function wantPhoto(db: DeskDb, photo: WantedPhoto, clock: Clock = systemClock): Promise<void> {
  if ((await db.photos.get(photo.sha256))?.blob) return;
  await ask(db, {
    key: photoRequestKey(photo.sha256),
    kind: 'photo',
    photo,
    state: 'wanted',
    askedAt: clock.now().toISOString(),
  });
}

/** The city's own figures for the period, fetched afresh; the last ones stay readable meanwhile. */
export async function askCityStats(
  db: DeskDb,
  period: StatsPeriod,
  clock: Clock = systemClock,
): Promise<void> {
  await ask(db, {
    key: cityStatsRequestKey(period),
    kind: 'cityStats',
    period: { from: period.from, to: period.to },
    state: 'wanted',
    askedAt: clock.now().toISOString(),
  });
}

export interface PhotoInStore {
  sha256: string;
  kept: boolean;
  /** When sync last failed to fetch it, while it is still not kept. */
  failedAt: string | null;
}

/** Whether the photo's bytes are on this device, and whether fetching them failed. */
export async function photoInStore(db: DeskDb, sha256: string): Promise<PhotoInStore> {
  const [photo, request] = await Promise.all([
    db.photos.get(sha256),
    db.requests.get(photoRequestKey(sha256)),
  ]);
  const kept = photo?.blob !== undefined;
  return { sha256, kept, failedAt: !kept && request?.state === 'failed' ? (request.failedAt ?? null) : null };
}

export interface CityStatsInStore {
  key: string;
  record: CityStatsRecord | undefined;
  request: RequestRecord | undefined;
}

/** The period's figures as last fetched, and the request for fresh ones. */
export async function cityStatsInStore(db: DeskDb, period: StatsPeriod): Promise<CityStatsInStore> {
  const [record, request] = await Promise.all([
    db.cityStats.get(cityStatsKey(period)),
    db.requests.get(cityStatsRequestKey(period)),
  ]);
  return { key: cityStatsKey(period), record, request };
}
