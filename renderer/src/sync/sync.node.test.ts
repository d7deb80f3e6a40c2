import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Report } from '@shared/domain';
import { Issue, IssueEnvelope, SimState } from '@shared/domain';
import { CATEGORY, ISSUE, NORTH, STAFF, fixtureWorld } from '../../../city-server/src/test/fixtures';
import { pngBytes } from '../../../city-server/src/test/images';
import type { TestServer } from '../../../city-server/src/test/harness';
import { CityClient } from '../city/client';
import { CityError } from '../city/errors';
import { CitySession } from '../city/session';
import type { DeskDb } from '../db/database';
import {
  addLocalPhoto,
  queueIssueChange,
  queueReport,
  retryOutboxItem,
  saveReportDraft,
} from '../db/repositories';
import { activeOutbox } from '../db/outbox';
import { pullChanges } from './pull';
import { drainOutbox, type SyncNotice } from './push';
import { SyncEngine } from './engine';
import {
  freshDb,
  pushDeps,
  serverRoot,
  sha256Of,
  signInAs,
  sim,
  sleep,
  startCity,
  testClock,
} from './test/harness';

let city: TestServer;
let db: DeskDb;

beforeEach(async () => {
  city = await startCity();
  db = freshDb();
});
afterEach(async () => {
  db.close();
  await city.close();
});

const pull = (client: CityClient) => pullChanges({ db, client, now: () => new Date() });

const reportsInCity = async (): Promise<Report[]> =>
  SimState.parse((await sim(city, 'GET', '/sim/state')).json).reports;

async function draftReport(
  issueId: string,
  photos: Uint8Array[],
  text = 'Мусор вывезен, площадка убрана, контейнеры вымыты.',
) {
  const clientReportId = crypto.randomUUID();
  const refs = [];
  for (const bytes of photos) {
    const sha256 = sha256Of(bytes);
    await addLocalPhoto(db, {
      sha256,
      blob: new Blob([new Uint8Array(bytes)], { type: 'image/png' }),
      mediaType: 'image/png',
      width: 32,
      height: 24,
      bytes: bytes.byteLength,
    });
    refs.push({ sha256, role: 'after' as const });
  }
  await saveReportDraft(db, {
    clientReportId,
    issueId,
    authorId: STAFF.dispatcher,
    text,
    photos: refs,
    completedAt: city.clock.now().toISOString(),
  });
  return clientReportId;
}

describe('pull', () => {
  it('brings the company’s issues, staff and categories, and nothing of the neighbour’s', async () => {
    const { client } = await signInAs(city, 'dispatcher');
    expect(await pull(client)).toBeGreaterThan(0);
    const ids = (await db.issues.toArray()).map((issue) => issue.id);
    expect(ids).toContain(ISSUE.fresh);
    expect(ids).toContain(ISSUE.resolved);
    expect(ids).not.toContain(ISSUE.south);
    expect(ids).not.toContain(ISSUE.withdrawn);
    expect((await db.staff.toArray()).every((s) => s.id !== STAFF.southDispatcher)).toBe(true);
    expect(await db.categories.get(CATEGORY.trash)).toMatchObject({ nameRu: 'Неубранный мусор' });
    expect(await db.reports.count()).toBeGreaterThan(0);
    expect(await db.ratings.count()).toBeGreaterThan(0);
    expect(await db.getMeta('cursor')).toEqual(expect.any(String));
  });

  it('pages through more than one feed page and then applies only what changed', async () => {
    await city.close();
    const { fixtureWorldWithManyIssues } = await import('../../../city-server/src/test/fixtures');
    city = await startCity({ world: fixtureWorldWithManyIssues(2_300) });
    const { client } = await signInAs(city, 'dispatcher');
    let pages = 0;
    const counting = Object.create(client) as CityClient;
    counting.changes = async (cursor, limit, signal) => {
      pages += 1;
      return client.changes(cursor, limit, signal);
    };
    await pullChanges({ db, client: counting, now: () => new Date() });
    expect(pages).toBeGreaterThanOrEqual(5);
    const before = await db.issues.count();
    expect(before).toBeGreaterThan(2_300);

    const created = IssueEnvelope.parse(
      (await sim(city, 'POST', '/sim/issues', { companyId: NORTH, categoryId: CATEGORY.trash })).json,
    ).issue;
    expect(await pull(client)).toBe(1);
    expect(await db.issues.count()).toBe(before + 1);
    expect(await db.issues.get(created.id)).toMatchObject({ status: 'new', assigneeKey: '' });
    expect(await pull(client)).toBe(0);
  }, 30_000);

  it('resumes an interrupted pull from the last page it stored, without doubling anything', async () => {
    await city.close();
    const { fixtureWorldWithManyIssues } = await import('../../../city-server/src/test/fixtures');
    city = await startCity({ world: fixtureWorldWithManyIssues(1_500) });
    const { client } = await signInAs(city, 'dispatcher');
    let pages = 0;
    const flaky = Object.create(client) as CityClient;
    flaky.changes = async (cursor, limit, signal) => {
      pages += 1;
      if (pages === 2) throw new CityError('network', 'connection reset');
      return client.changes(cursor, limit, signal);
    };
    await expect(pullChanges({ db, client: flaky, now: () => new Date(), pageSize: 500 })).rejects.toThrow(
      'connection reset',
    );
    const afterFirstPage = await db.issues.count();
    expect(afterFirstPage).toBeGreaterThan(0);
    await pullChanges({ db, client, now: () => new Date(), pageSize: 500 });
    const issues = await db.issues.count();
    expect(issues).toBeGreaterThan(1_500);
    // Nothing was applied twice: a second sighting of an unchanged issue would be a timeline event.
    expect(await db.issueEvents.count()).toBe(0);
  }, 30_000);

  it('never lets the city overwrite a change made here that it has not answered for', async () => {
    const { client } = await signInAs(city, 'dispatcher');
    await pull(client);
    await queueIssueChange(db, ISSUE.fresh, { priority: 'urgent' }, testClock);
    const managerToken = await city.tokenOf('manager');
    const rev = (await db.issues.get(ISSUE.fresh))?.rev;
    await city.call('PATCH', `/issues/${ISSUE.fresh}`, {
      token: managerToken,
      json: { assigneeId: STAFF.supervisor2 },
      headers: { 'If-Match': `"${rev}"` },
    });
    await pull(client);
    const local = await db.issues.get(ISSUE.fresh);
    expect(local).toMatchObject({
      assigneeId: STAFF.supervisor2,
      pending: { priority: 'urgent', state: 'pending' },
    });
    expect(
      await db.issueEvents
        .where('issueId')
        .equals(ISSUE.fresh)
        .filter((e) => e.kind === 'assignee')
        .count(),
    ).toBe(1);
  });

  it('removes an issue the city withdrew and keeps a report written here for it', async () => {
    const { client } = await signInAs(city, 'dispatcher');
    await pull(client);
    const draftId = await draftReport(ISSUE.inProgress, [pngBytes(500)]);
    await sim(city, 'POST', `/sim/issues/${ISSUE.inProgress}/withdraw`, {});
    await pull(client);
    expect(await db.issues.get(ISSUE.inProgress)).toBeUndefined();
    expect(
      await db.issueEvents
        .where('issueId')
        .equals(ISSUE.inProgress)
        .filter((e) => e.kind === 'removed')
        .count(),
    ).toBe(1);
    expect(await db.reports.get(draftId)).toMatchObject({ localState: 'draft' });
  });

  it('refuses a malformed answer with a clear error and keeps the replica and cursor', async () => {
    const { client } = await signInAs(city, 'dispatcher');
    await pull(client);
    const cursor = await db.getMeta('cursor');
    const count = await db.issues.count();
    const bad = await malformedCity({
      changes: [{ kind: 'issue', issue: { id: 'x', status: 'exploded' } }],
      cursor: 'c',
      hasMore: false,
    });
    try {
      const session = new CitySession(
        bad.url,
        { accessToken: 'a', refreshToken: 'r', user: (await signInAs(city, 'dispatcher')).session.user },
        { onTokens: async () => {}, onLost: () => {} },
      );
      const error = await pull(new CityClient(bad.url, session)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CityError);
      expect((error as CityError).kind).toBe('malformed');
      expect((error as CityError).message).toMatch(/not in the agreed form.*changes\.0\.issue/);
      expect(await db.getMeta('cursor')).toBe(cursor);
      expect(await db.issues.count()).toBe(count);
    } finally {
      bad.server.close();
    }
  });
});

describe('push', () => {
  it('sends an assignment made offline once the city can be reached', async () => {
    const online = await signInAs(city, 'dispatcher');
    await pull(online.client);
    await queueIssueChange(db, ISSUE.fresh, { assigneeId: STAFF.supervisor }, testClock);
    expect((await db.issues.get(ISSUE.fresh))?.pending).toMatchObject({
      assigneeId: STAFF.supervisor,
      state: 'pending',
    });

    // Offline: nothing listens at this address.
    const offline = new CityClient('http://127.0.0.1:9', online.session, 1_000);
    const failed = await drainOutbox(pushDeps(db, offline));
    expect(failed).toMatchObject({ sent: 0, refused: 0, retryAt: expect.any(Number) });
    const [waiting] = await activeOutbox(db);
    expect(waiting).toMatchObject({ state: 'waiting', attempts: 1, lastError: { transient: true } });

    await sleep(30);
    expect(await drainOutbox(pushDeps(db, online.client))).toMatchObject({ sent: 1, refused: 0 });
    const local = await db.issues.get(ISSUE.fresh);
    expect(local).toMatchObject({ status: 'in_progress', assigneeId: STAFF.supervisor });
    expect(local?.pending).toBeUndefined();
    const inCity = Issue.parse(
      (await city.call('GET', `/issues/${ISSUE.fresh}`, { token: await city.tokenOf('manager') })).json,
    );
    expect(inCity).toMatchObject({ status: 'in_progress', assigneeId: STAFF.supervisor });
  });

  it('does not double a report whose answer was lost on the way back', async () => {
    const { client } = await signInAs(city, 'dispatcher');
    await pull(client);
    const id = await draftReport(ISSUE.inProgress, [pngBytes(600)]);
    await queueReport(db, id, testClock);
    // Every call is carried out and then its connection cut: the app cannot know it succeeded.
    await sim(city, 'PUT', '/sim/faults', { latencyMs: 0, failRate: 0, dropRate: 1, seed: 1 });
    await drainOutbox(pushDeps(db, client));
    expect((await db.outbox.toArray())[0]).toMatchObject({ state: 'waiting' });
    await sim(city, 'PUT', '/sim/faults', { latencyMs: 0, failRate: 0, dropRate: 0, seed: 1 });
    for (let round = 0; round < 20 && (await activeOutbox(db)).length > 0; round += 1) {
      await sleep(25);
      await drainOutbox(pushDeps(db, client));
    }
    const mine = (await reportsInCity()).filter((r) => r.clientReportId === id);
    expect(mine).toHaveLength(1);
    expect(await db.reports.get(id)).toMatchObject({
      localState: 'sent',
      status: 'on_moderation',
      id: mine[0]?.id,
    });
  });

  it(
    'delivers 200 reports exactly once with intact photos through 30% 503s and 10% cut connections',
    { timeout: 120_000 },
    async () => {
      await city.close();
      const world = fixtureWorld();
      for (let index = 0; index < 200; index += 1) {
        const [template] = world.issues;
        if (!template) throw new Error('fixture world has no issues');
        world.issues.push({
          ...template,
          issue: {
            ...template.issue,
            id: `is-load-${index}`,
            number: `НГ-2026-9${String(index).padStart(6, '0')}`,
            status: 'in_progress',
            assigneeId: STAFF.supervisor,
            residentPhotos: [],
          },
        });
      }
      city = await startCity({ world });
      const { client } = await signInAs(city, 'dispatcher');
      await pull(client);
      const expected = new Map<string, string[]>();
      for (let index = 0; index < 200; index += 1) {
        const photos = [pngBytes(10_000 + index * 2), pngBytes(10_001 + index * 2)];
        const id = await draftReport(
          `is-load-${index}`,
          photos,
          `Отчёт №${index}: мусор вывезен, площадка убрана.`,
        );
        await queueReport(db, id, testClock);
        expect(await activeOutbox(db)).toHaveLength(index + 1);
        expected.set(id, photos.map(sha256Of));
      }

      await sim(city, 'PUT', '/sim/faults', { latencyMs: 0, failRate: 0.3, dropRate: 0.1, seed: 42 });
      // The city asks for a second's pause after each 503; a clock of our own jumps over the
      // waits so the test is about exactly-once delivery, not about sleeping.
      let nowMs = Date.now();
      let rounds = 0;
      while ((await activeOutbox(db)).length > 0 && rounds < 5_000) {
        rounds += 1;
        const result = await drainOutbox(pushDeps(db, client, { now: () => new Date(nowMs) }));
        expect(result.refused).toBe(0);
        if (result.retryAt !== null) nowMs = Math.max(nowMs, result.retryAt);
      }
      expect(rounds).toBeGreaterThan(50);
      await sim(city, 'PUT', '/sim/faults', { latencyMs: 0, failRate: 0, dropRate: 0, seed: 1 });

      const inCity = (await reportsInCity()).filter((r) => expected.has(r.clientReportId));
      expect(inCity).toHaveLength(200);
      expect(new Set(inCity.map((r) => r.clientReportId)).size).toBe(200);
      for (const report of inCity)
        expect(report.photos.map((p) => p.sha256)).toEqual(expected.get(report.clientReportId));
      // The bytes the city keeps hash to their names.
      const token = await city.tokenOf('dispatcher');
      for (const report of inCity.slice(0, 40)) {
        for (const { sha256 } of report.photos) {
          const response = await fetch(`${city.baseUrl}/photos/${sha256}`, {
            headers: { authorization: `Bearer ${token}` },
          });
          expect(sha256Of(new Uint8Array(await response.arrayBuffer()))).toBe(sha256);
        }
      }
      expect(await db.reports.where('localState').equals('sent').count()).toBe(200);
    },
  );

  it('tells the dispatcher when someone else changed the issue first (412) and can retry', async () => {
    const notices: SyncNotice[] = [];
    const { client } = await signInAs(city, 'dispatcher');
    await pull(client);
    const seq = await queueIssueChange(db, ISSUE.fresh, { assigneeId: STAFF.supervisor }, testClock);
    // The manager, elsewhere, assigns it to someone else first.
    const managerToken = await city.tokenOf('manager');
    const rev = (await db.issues.get(ISSUE.fresh))?.rev;
    const patched = await city.call('PATCH', `/issues/${ISSUE.fresh}`, {
      token: managerToken,
      json: { assigneeId: STAFF.supervisor2 },
      headers: { 'If-Match': `"${rev}"` },
    });
    expect(patched.status, patched.text).toBe(200);

    expect(await drainOutbox(pushDeps(db, client, { notice: (n) => notices.push(n) }))).toMatchObject({
      refused: 1,
    });
    expect(notices[0]).toMatchObject({
      kind: 'assignment_conflict',
      issueId: ISSUE.fresh,
      current: { assigneeId: STAFF.supervisor2 },
    });
    const local = await db.issues.get(ISSUE.fresh);
    expect(local).toMatchObject({
      assigneeId: STAFF.supervisor2,
      pending: { state: 'refused', assigneeId: STAFF.supervisor },
    });
    expect(await db.outbox.get(seq)).toMatchObject({
      state: 'refused',
      lastError: { code: 'precondition_failed' },
    });

    await retryOutboxItem(db, seq, testClock);
    expect(await drainOutbox(pushDeps(db, client))).toMatchObject({ sent: 1 });
    expect(await db.issues.get(ISSUE.fresh)).toMatchObject({ assigneeId: STAFF.supervisor });
  });

  it('keeps a report the city cannot take now (409) and says what happened to the issue', async () => {
    const notices: SyncNotice[] = [];
    const { client } = await signInAs(city, 'dispatcher');
    await pull(client);
    const id = await draftReport(
      ISSUE.onModeration,
      [],
      'Кровля отремонтирована, протечка устранена полностью.',
    );
    await queueReport(db, id, testClock);
    const photoless = await draftReport(ISSUE.inProgress, [pngBytes(700)]);
    await queueReport(db, photoless, testClock);

    expect(await drainOutbox(pushDeps(db, client, { notice: (n) => notices.push(n) }))).toMatchObject({
      sent: 1,
      refused: 1,
    });
    expect(notices[0]).toMatchObject({
      kind: 'report_refused',
      code: 'issue_state',
      current: { status: 'on_moderation' },
    });
    expect(await db.reports.get(id)).toMatchObject({
      localState: 'refused',
      text: 'Кровля отремонтирована, протечка устранена полностью.',
      refusal: { code: 'issue_state' },
    });
    // The refusal did not hold up the next report.
    expect(await db.reports.get(photoless)).toMatchObject({ localState: 'sent' });
  });

  it('refuses a report the moderator would return (422) with the city’s reasons', async () => {
    const { client } = await signInAs(city, 'dispatcher');
    await pull(client);
    const id = await draftReport(ISSUE.inProgress, [], 'Слишком коротко');
    await queueReport(db, id, testClock);
    await drainOutbox(pushDeps(db, client));
    const report = await db.reports.get(id);
    expect(report).toMatchObject({ localState: 'refused', refusal: { code: 'validation' } });
    expect(report?.refusal?.message).toMatch(/text/);
  });
});

describe('sign-in', () => {
  it('refreshes an expired access token once and carries on', async () => {
    await city.close();
    city = await startCity({ accessTokenTtlSeconds: 60 });
    const signedIn = await signInAs(city, 'dispatcher');
    city.clock.advance(120);
    await pull(signedIn.client);
    expect(signedIn.tokens).toHaveLength(2);
    expect(signedIn.tokens[1]?.refreshToken).not.toBe(signedIn.tokens[0]?.refreshToken);
    expect(await db.issues.count()).toBeGreaterThan(0);
  });

  it('asks to sign in again when the refresh is refused, keeping every local change', async () => {
    await city.close();
    city = await startCity({ accessTokenTtlSeconds: 60 });
    const signedIn = await signInAs(city, 'dispatcher');
    await pull(signedIn.client);
    await queueIssueChange(db, ISSUE.fresh, { priority: 'urgent' }, testClock);
    // The refresh token is spent elsewhere (it works once), and the access token expires.
    const first = signedIn.tokens[0];
    if (!first) throw new Error('no tokens');
    await city.call('POST', '/auth/refresh', { json: { refreshToken: first.refreshToken } });
    city.clock.advance(120);
    const error = await drainOutbox(pushDeps(db, signedIn.client)).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'auth' });
    expect(signedIn.lost).toHaveLength(1);
    expect(await activeOutbox(db)).toHaveLength(1);
    expect((await db.issues.get(ISSUE.fresh))?.pending).toMatchObject({
      priority: 'urgent',
      state: 'pending',
    });
  });
});

describe('the engine', () => {
  it('runs one sync at a time and a second request joins the first', async () => {
    const { client, session } = await signInAs(city, 'supervisor');
    const engine = new SyncEngine({
      db,
      client,
      user: { id: session.user.id, role: session.user.role },
      backoff: { baseMs: 2, capMs: 20 },
    });
    const [a, b] = [engine.syncNow(), engine.syncNow()];
    await Promise.all([a, b]);
    engine.stop();
    const status = await db.getMeta('syncStatus');
    expect(status).toMatchObject({ running: false, error: null, lastSuccessAt: expect.any(String) });
    expect(await db.issues.count()).toBeGreaterThan(0);
  });

  it('fetches the residents’ photos of the supervisor’s open issues ahead', async () => {
    await city.close();
    const world = fixtureWorld();
    const fresh = world.issues.find((i) => i.issue.id === ISSUE.fresh);
    if (!fresh) throw new Error('fixture changed');
    fresh.issue = { ...fresh.issue, status: 'in_progress', assigneeId: STAFF.supervisor };
    city = await startCity({ world });
    const { client, session } = await signInAs(city, 'supervisor');
    const engine = new SyncEngine({ db, client, user: { id: session.user.id, role: 'supervisor' } });
    await engine.syncNow();
    engine.stop();
    const [photo] = fresh.issue.residentPhotos;
    const kept = await db.photos.get(photo?.sha256 ?? '');
    expect(kept).toMatchObject({ origin: 'resident', uploadState: 'remote' });
    expect(sha256Of(new Uint8Array(await (kept?.blob as Blob).arrayBuffer()))).toBe(photo?.sha256);
  });
});

async function malformedCity(body: unknown): Promise<{ server: Server; url: string }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export { serverRoot };
