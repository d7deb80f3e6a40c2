import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChangePage } from '@shared/domain';
import { ISSUE, STAFF } from '../../../city-server/src/test/fixtures';
import type { TestServer } from '../../../city-server/src/test/harness';
import type { CityClient } from '../city/client';
import { CityError } from '../city/errors';
import type { DeskDb } from '../db/database';
import type { FirstPullProgress } from '../db/records';
import { queueIssueChange } from '../db/repositories';
import { SyncEngine } from './engine';
import { pullChanges, type PullDeps } from './pull';
import { freshDb, signInAs, sim, testClock } from './test/harness';
import { feedOnlyReplica, replicaOf, startStirredCity } from './test/replica';

// The first pull of an empty replica against the real reference server: the open work
// through GET /issues first, then the whole feed behind it.

const BULK = 1_500;
const SMALL_PAGES = { pageSize: 100, openWorkPageSize: 400 };

let city: TestServer;
let db: DeskDb;
let client: CityClient;

beforeEach(async () => {
  city = await startStirredCity(BULK);
  db = freshDb();
  ({ client } = await signInAs(city, 'dispatcher'));
}, 60_000);
afterEach(async () => {
  db.close();
  await city.close();
});

const pull = (extra: Partial<PullDeps> = {}, using = client) =>
  pullChanges({ db, client: using, now: () => new Date(), ...SMALL_PAGES, ...extra });

/** The client with some calls replaced; the rest go to the real one. */
function wrap(overrides: Partial<Pick<CityClient, 'changes' | 'issues' | 'photo'>>): CityClient {
  return Object.assign(Object.create(client) as CityClient, overrides);
}

const openIds = (replica: Awaited<ReturnType<typeof replicaOf>>) =>
  replica.issues.filter((issue) => issue.status !== 'resolved').map((issue) => issue.id);

// Thousands of issues through fake-indexeddb: seconds each, more on a busy machine.
describe('a first pull', { timeout: 60_000 }, () => {
  it('has every open issue in the replica before any feed page is applied', async () => {
    const expected = await feedOnlyReplica(client);
    let openPages = 0;
    let beforeFeed: string[] | null = null;
    const watched = wrap({
      issues: async (query) => {
        openPages += 1;
        return client.issues(query);
      },
      changes: async (cursor, limit, signal) => {
        beforeFeed ??= (await db.issues.toCollection().primaryKeys()).map(String).sort();
        return client.changes(cursor, limit, signal);
      },
    });
    const stages: FirstPullProgress['stage'][] = [];
    await pull({ onProgress: (progress) => stages.push(progress.stage) }, watched);

    expect(openPages).toBeGreaterThanOrEqual(4);
    expect(beforeFeed).toEqual(openIds(expected).sort());
    expect(beforeFeed).toContain(ISSUE.resolved); // disputed after the seed: open again
    expect(beforeFeed).not.toContain(ISSUE.onModeration); // accepted: resolved
    expect(stages[0]).toBe('open_work');
    expect(stages.indexOf('history')).toBeGreaterThan(0);
    expect(stages.at(-1)).toBe('done');
  });

  it('never lets the feed’s older copy of an issue overwrite the newer one, nor a change made here', async () => {
    const newest = (await client.issues({ statuses: ['in_progress'], limit: 1000 })).issues.find(
      (issue) => issue.id === ISSUE.fresh,
    );
    expect(newest?.rev).toBe(3);
    const oldCopies: number[] = [];
    const seen: Promise<number | undefined>[] = [];
    let queued = false;
    const watched = wrap({
      changes: async (cursor, limit, signal) => {
        const page = await client.changes(cursor, limit, signal);
        for (const change of page.changes)
          if (change.kind === 'issue' && change.issue.id === ISSUE.fresh) oldCopies.push(change.issue.rev);
        return page;
      },
    });
    await pull(
      {
        onPage: () => {
          // After each batch written: the replica's copy, and once a change made here meanwhile.
          seen.push(db.issues.get(ISSUE.fresh).then((issue) => issue?.rev));
          // Not open work: the history wrote it without reading back, and brings a newer copy later.
          seen.push(
            db.issues.get(ISSUE.onModeration).then(async (found) => {
              if (!found || queued) return undefined;
              queued = true;
              await queueIssueChange(db, ISSUE.onModeration, { priority: 'high' }, testClock);
              return undefined;
            }),
          );
        },
      },
      watched,
    );
    // The feed did bring the older copies, after the open work had brought the newest.
    expect(oldCopies).toEqual([1, 2, 3]);
    const revs = (await Promise.all(seen)).filter((rev) => rev !== undefined);
    expect(revs.length).toBeGreaterThan(3);
    expect(new Set(revs)).toEqual(new Set([3]));
    expect(await db.issues.get(ISSUE.fresh)).toMatchObject({
      priority: 'urgent',
      assigneeId: STAFF.supervisor,
    });
    expect(await db.issues.get(ISSUE.onModeration)).toMatchObject({
      status: 'resolved',
      pending: { priority: 'high', state: 'pending' },
    });
  });

  it('leaves the replica the whole feed leaves, each record once, and then pulls as always', async () => {
    const expected = await feedOnlyReplica(client);
    let last: FirstPullProgress | undefined;
    const written = await pull({ onProgress: (progress) => (last = progress) });
    expect(await replicaOf(db)).toEqual(expected);
    // No second sighting of anything: that would be a timeline event.
    expect(await db.issueEvents.count()).toBe(0);
    expect(written).toBeGreaterThan(expected.issues.length);
    expect(last).toMatchObject({
      stage: 'done',
      openIssues: openIds(expected).length,
      issuesReceived: expected.issues.length,
      issuesExpected: expected.issues.length,
      historyFrom: new Date('2026-02-10T10:00:00+03:00').toISOString(),
      expectedDoneAt: null,
    });
    expect(await db.getMeta('firstPull')).toMatchObject({ stage: 'done' });

    await sim(city, 'POST', `/sim/issues/${ISSUE.returned}/withdraw`, {});
    expect(await pull()).toBe(1);
    expect(await db.issues.get(ISSUE.returned)).toBeUndefined();
  });

  it('loses and doubles nothing through 30% 503s and 10% cut connections', async () => {
    const expected = await feedOnlyReplica(client);
    await sim(city, 'PUT', '/sim/faults', { latencyMs: 0, failRate: 0.3, dropRate: 0.1, seed: 7 });
    let failures = 0;
    for (let attempt = 0; attempt < 200; attempt += 1) {
      try {
        await pull();
        break;
      } catch (error) {
        expect(error).toBeInstanceOf(CityError);
        failures += 1;
      }
    }
    await sim(city, 'PUT', '/sim/faults', { latencyMs: 0, failRate: 0, dropRate: 0, seed: 1 });
    expect(failures).toBeGreaterThan(3);
    expect(await db.getMeta('firstPull')).toMatchObject({
      stage: 'done',
      openIssues: openIds(expected).length,
    });
    expect(await replicaOf(db)).toEqual(expected);
    expect(await db.issueEvents.count()).toBe(0);
  });

  it('resumes after an interruption in the open work, and again in the history', async () => {
    const expected = await feedOnlyReplica(client);
    let openCalls = 0;
    const inOpenWork = wrap({
      issues: async (query) => {
        openCalls += 1;
        if (openCalls === 2) throw new CityError('network', 'connection reset');
        return client.issues(query);
      },
    });
    await expect(pull({}, inOpenWork)).rejects.toThrow('connection reset');
    const stopped = await db.getMeta('firstPull');
    expect(stopped).toMatchObject({ stage: 'open_work', openAfter: expect.any(String) });
    // The first page is in, with where to go on from.
    expect(stopped?.openIssues).toBeGreaterThan(0);
    expect(stopped?.openIssues).toBeLessThan(openIds(expected).length);
    expect(await db.issues.count()).toBe(stopped?.openIssues);
    expect(await db.getMeta('cursor')).toBeUndefined();

    let feedCalls = 0;
    const inHistory = wrap({
      changes: async (cursor, limit, signal): Promise<ChangePage> => {
        feedCalls += 1;
        if (feedCalls === 6) throw new CityError('network', 'connection reset');
        return client.changes(cursor, limit, signal);
      },
    });
    await expect(pull({}, inHistory)).rejects.toThrow('connection reset');
    expect(await db.getMeta('firstPull')).toMatchObject({
      stage: 'history',
      openIssues: openIds(expected).length,
    });
    expect(await db.getMeta('cursor')).toEqual(expect.any(String));

    let resumed: FirstPullProgress | undefined;
    await pull({ onProgress: (progress) => (resumed ??= progress) });
    // The resumed history knows where the company's history begins from what is here.
    expect(resumed).toMatchObject({ stage: 'history', historyFrom: expect.any(String) });
    expect(await replicaOf(db)).toEqual(expected);
    expect(await db.issueEvents.count()).toBe(0);
  });
});

describe('the engine on a first pull', { timeout: 60_000 }, () => {
  it('records in the sync status what has arrived: the open work, then the history, then done', async () => {
    const expected = await feedOnlyReplica(client);
    const open = openIds(expected).length;
    let duringHistory: FirstPullProgress | undefined;
    const watched = wrap({
      changes: async (cursor, limit, signal) => {
        duringHistory ??= (await db.getMeta('syncStatus'))?.firstPull;
        return client.changes(cursor, limit, signal);
      },
    });
    const engine = new SyncEngine({
      db,
      client: watched,
      user: { id: STAFF.dispatcher, role: 'dispatcher' },
    });
    await engine.syncNow();
    engine.stop();
    expect(duringHistory).toMatchObject({ stage: 'history', openIssues: open, issuesReceived: open });
    const status = await db.getMeta('syncStatus');
    expect(status).toMatchObject({ running: false, error: null });
    expect(status?.firstPull).toMatchObject({
      stage: 'done',
      openIssues: open,
      issuesReceived: expected.issues.length,
      issuesExpected: expected.issues.length,
      expectedDoneAt: null,
      historyFrom: new Date('2026-02-10T10:00:00+03:00').toISOString(),
      historyThrough: expect.any(String),
    });
  });

  it('fetches a supervisor’s residents’ photos right after the open work, not after the history', async () => {
    const supervisor = await signInAs(city, 'supervisor');
    let photoAsked = (): void => undefined;
    const asked = new Promise<void>((resolve) => (photoAsked = resolve));
    const gated = Object.assign(Object.create(supervisor.client) as CityClient, {
      photo: (sha256: string) => {
        photoAsked();
        return supervisor.client.photo(sha256);
      },
      // The feed answers only once a photo has been asked for: were the photos fetched after
      // the history, the pull would wait for itself and the test would run out of time.
      changes: async (...args: Parameters<CityClient['changes']>) => {
        await asked;
        return supervisor.client.changes(...args);
      },
    });
    const engine = new SyncEngine({ db, client: gated, user: { id: STAFF.supervisor, role: 'supervisor' } });
    await engine.syncNow();
    engine.stop();
    expect(await db.getMeta('syncStatus')).toMatchObject({ error: null, firstPull: { stage: 'done' } });
    const [photo] = (await db.issues.get(ISSUE.fresh))?.residentPhotos ?? [];
    expect(await db.photos.get(photo?.sha256 ?? '')).toMatchObject({
      origin: 'resident',
      uploadState: 'remote',
    });
  });
});
