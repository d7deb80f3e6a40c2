import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RESIDENT_PHOTO, STAFF, ISSUE } from '../../../city-server/src/test/fixtures';
import type { TestServer } from '../../../city-server/src/test/harness';
import { CityClient } from '../city/client';
import type { DeskDb } from '../db/database';
import { queueIssueChange } from '../db/repositories';
import { askCityStats, cityStatsInStore, photoInStore, photoRequestKey, wantPhoto } from '../db/requests';
import { SyncEngine } from './engine';
import { OnDemandReads } from './on-demand';
import { freshDb, sha256Of, signInAs, startCity, testClock } from './test/harness';

// What a screen asks of the city on demand goes through the store: the screen writes a
// request, sync notices it by itself, fetches, and writes the answer where the screen reads.

let city: TestServer;
let db: DeskDb;
const running: { stop(): void }[] = [];

beforeEach(async () => {
  city = await startCity();
  db = freshDb();
});
afterEach(async () => {
  for (const service of running.splice(0)) service.stop();
  db.close();
  await city.close();
});

async function readsAs(login: string, client?: CityClient): Promise<OnDemandReads> {
  const signedIn = await signInAs(city, login);
  const reads = new OnDemandReads({ db, client: client ?? signedIn.client });
  reads.start();
  running.push(reads);
  return reads;
}

const residentPhoto = {
  sha256: sha256Of(RESIDENT_PHOTO),
  width: 32,
  height: 24,
  origin: 'resident' as const,
};
const march = { from: '2026-03-01', to: '2026-04-01' };

describe('on-demand reads', () => {
  it('fetch a resident’s photo a screen asked for, keep it and answer the request', async () => {
    const reads = await readsAs('dispatcher');
    await wantPhoto(db, residentPhoto, testClock);
    await vi.waitFor(async () => expect((await photoInStore(db, residentPhoto.sha256)).kept).toBe(true));
    await reads.settled();
    const kept = await db.photos.get(residentPhoto.sha256);
    expect(kept).toMatchObject({ origin: 'resident', uploadState: 'remote', width: 32 });
    expect(sha256Of(new Uint8Array(await (kept?.blob as Blob).arrayBuffer()))).toBe(residentPhoto.sha256);
    expect(await db.requests.get(photoRequestKey(residentPhoto.sha256))).toBeUndefined();
  });

  it('say when a photo cannot be had, and try again when asked again', async () => {
    const { session } = await signInAs(city, 'dispatcher');
    // Nothing listens at this address: no network.
    await readsAs('dispatcher', new CityClient('http://127.0.0.1:9', session, 1_000));
    await wantPhoto(db, residentPhoto, testClock);
    await vi.waitFor(async () =>
      expect((await photoInStore(db, residentPhoto.sha256)).failedAt).toEqual(expect.any(String)),
    );
    expect((await db.requests.get(photoRequestKey(residentPhoto.sha256)))?.error?.code).toBe('offline');
    await wantPhoto(db, residentPhoto, testClock);
    expect((await db.requests.get(photoRequestKey(residentPhoto.sha256)))?.state).toBe('wanted');
  });

  it('fetch the city’s own figures of a period for a manager', async () => {
    await readsAs('manager');
    await askCityStats(db, march, testClock);
    await vi.waitFor(async () => expect((await cityStatsInStore(db, march)).record).toBeDefined());
    const { record, request } = await cityStatsInStore(db, march);
    expect(record?.stats.issues).toBeGreaterThan(0);
    expect(request).toBeUndefined();
  });

  it('record the city’s refusal of its figures to a dispatcher', async () => {
    await readsAs('dispatcher');
    await askCityStats(db, march, testClock);
    await vi.waitFor(async () => expect((await cityStatsInStore(db, march)).request?.state).toBe('failed'));
    const { record, request } = await cityStatsInStore(db, march);
    expect(record).toBeUndefined();
    expect(request?.error?.code).toBe('forbidden');
  });
});

describe('the engine', () => {
  it('notices a change written to the outbox and sends it without being told', async () => {
    const { client, session } = await signInAs(city, 'dispatcher');
    const engine = new SyncEngine({
      db,
      client,
      user: { id: session.user.id, role: session.user.role },
      debounceMs: 1,
      periodMs: 3_600_000,
    });
    engine.start();
    running.push(engine);
    // The first sync is over: from here on nothing but the change itself can start one.
    await vi.waitFor(async () => expect((await db.getMeta('syncStatus'))?.lastSuccessAt).toBeTruthy(), {
      timeout: 10_000,
    });
    await queueIssueChange(db, ISSUE.fresh, { assigneeId: STAFF.supervisor }, testClock);
    await vi.waitFor(
      async () => expect((await db.outbox.toArray()).map((item) => item.state)).toEqual(['sent']),
      { timeout: 10_000 },
    );
    expect((await db.issues.get(ISSUE.fresh))?.assigneeId).toBe(STAFF.supervisor);
    // The run that sent it goes on to pull; the database closes only after it.
    await vi.waitFor(async () => expect((await db.getMeta('syncStatus'))?.running).toBe(false), {
      timeout: 10_000,
    });
  });
});
