import { afterEach, describe, expect, it } from 'vitest';
import { SimState, type Report, type ReportPhoto } from '@shared/domain';
import { ISSUE, STAFF, fixtureWorld } from '../../../city-server/src/test/fixtures';
import { pngBytes } from '../../../city-server/src/test/images';
import type { TestServer } from '../../../city-server/src/test/harness';
import { CityClient } from '../city/client';
import type { DeskDb } from '../db/database';
import { addClusterMembers, queueClusterReport } from '../db/cluster-reports';
import { addLocalPhoto, saveReportDraft } from '../db/repositories';
import { activeOutbox } from '../db/outbox';
import type { ClusterReportMember } from '../db/records';
import { pullChanges } from './pull';
import { drainOutbox, type SyncNotice } from './push';
import { freshDb, pushDeps, sha256Of, signInAs, sim, sleep, startCity, testClock } from './test/harness';

// One report written for a cluster reaches each issue as a report of its own, exactly once,
// whatever the network does, with its photos uploaded once; a refusal of one stops no other.

let city: TestServer;
let db: DeskDb;

afterEach(async () => {
  db.close();
  await city.close();
});

const SHARED_TEXT = 'Мусор у подъезда вывезен, площадка подметена, контейнеры вымыты.';

/** The fixture city with `count` more in-progress issues of the supervisor at one building. */
async function cityWithCluster(count: number): Promise<string[]> {
  const world = fixtureWorld();
  const [template] = world.issues;
  if (!template) throw new Error('fixture world has no issues');
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const id = `is-cluster-${index}`;
    ids.push(id);
    world.issues.push({
      ...template,
      issue: {
        ...template.issue,
        id,
        number: `НГ-2026-8${String(index).padStart(6, '0')}`,
        address: 'г. Москва, ул. Проверочная, д. 7',
        status: 'in_progress',
        assigneeId: STAFF.supervisor,
        residentPhotos: [],
      },
    });
  }
  city = await startCity({ world });
  db = freshDb();
  return ids;
}

async function signedInSupervisor() {
  const signed = await signInAs(city, 'supervisor');
  await pullChanges({ db, client: signed.client, now: () => new Date() });
  return signed;
}

/** The supervisor's draft on `issueId` with `photos`, answering `others` too. */
async function clusterDraft(
  issueId: string,
  photos: Uint8Array[],
  others: readonly (Partial<ClusterReportMember> & { issueId: string })[],
): Promise<string> {
  const refs: ReportPhoto[] = [];
  for (const bytes of photos) {
    const sha256 = sha256Of(bytes);
    const blob = new Blob([new Uint8Array(bytes)], { type: 'image/png' });
    await addLocalPhoto(db, {
      sha256,
      blob,
      mediaType: 'image/png',
      width: 32,
      height: 24,
      bytes: bytes.length,
    });
    refs.push({ sha256, role: 'after' });
  }
  const clientReportId = crypto.randomUUID();
  await saveReportDraft(db, {
    clientReportId,
    issueId,
    authorId: STAFF.supervisor,
    text: SHARED_TEXT,
    photos: refs,
    completedAt: city.clock.now().toISOString(),
  });
  await addClusterMembers(
    db,
    clientReportId,
    others.map((other) => ({ clientReportId: crypto.randomUUID(), included: true, ownText: null, ...other })),
  );
  return clientReportId;
}

const reportsInCity = async (): Promise<Report[]> =>
  SimState.parse((await sim(city, 'GET', '/sim/state')).json).reports;

/** The client, counting its photo calls: HEADs, and PUTs the city answered. */
function countingPhotos(client: CityClient) {
  const counts = { heads: new Map<string, number>(), puts: new Map<string, number>() };
  const bump = (map: Map<string, number>, sha: string) => map.set(sha, (map.get(sha) ?? 0) + 1);
  const counting = Object.create(client) as CityClient;
  counting.hasPhoto = async (sha) => {
    const has = await client.hasPhoto(sha);
    bump(counts.heads, sha);
    return has;
  };
  counting.putPhoto = async (sha, bytes, type, progress) => {
    await client.putPhoto(sha, bytes, type, progress);
    bump(counts.puts, sha);
  };
  return { counting, counts };
}

/** Drains until nothing waits, with a clock of our own that jumps over the backoff's waits. */
async function drainThrough(client: CityClient, notices: SyncNotice[] = []): Promise<number> {
  let nowMs = Date.now();
  let rounds = 0;
  while ((await activeOutbox(db)).length > 0 && rounds < 2_000) {
    rounds += 1;
    const result = await drainOutbox(
      pushDeps(db, client, { now: () => new Date(nowMs), notice: (n) => notices.push(n) }),
    );
    if (result.retryAt !== null) nowMs = Math.max(nowMs, result.retryAt);
  }
  return rounds;
}

describe('a cluster report', () => {
  it('reaches each of four issues once, as its own report, uploading each photo once', async () => {
    const [first, ...others] = await cityWithCluster(4);
    if (!first) throw new Error('no cluster');
    const { client } = await signedInSupervisor();
    const photos = [pngBytes(20_001), pngBytes(20_002)];
    const id = await clusterDraft(
      first,
      photos,
      others.map((issueId) => ({ issueId })),
    );
    expect(await queueClusterReport(db, id, testClock)).toHaveLength(4);
    const keys = (await activeOutbox(db)).map((item) => item.idempotencyKey);
    expect(new Set(keys).size).toBe(4);

    const { counting, counts } = countingPhotos(client);
    await drainThrough(counting);

    const inCity = (await reportsInCity()).filter((r) => r.issueId.startsWith('is-cluster-'));
    expect(inCity.map((r) => r.issueId).sort()).toEqual([first, ...others].sort());
    expect(new Set(inCity.map((r) => r.clientReportId)).size).toBe(4);
    for (const report of inCity) {
      expect(report.text).toBe(SHARED_TEXT);
      expect(report.photos.map((p) => p.sha256)).toEqual(photos.map(sha256Of));
    }
    // The first report put each photo; the other three found it uploaded and asked nothing.
    for (const sha of photos.map(sha256Of)) {
      expect(counts.puts.get(sha)).toBe(1);
      expect(counts.heads.get(sha)).toBe(1);
    }
    expect(await db.reports.where('localState').equals('sent').count()).toBe(4);
    // Sent, each still knows it was one answer of the cluster report.
    expect((await db.reports.toArray()).filter((r) => r.clusterOf === id)).toHaveLength(3);
  });

  it(
    'holds exactly once per issue through 503s, cut connections, timeouts and a duplicate delivery',
    { timeout: 60_000 },
    async () => {
      const ids = await cityWithCluster(5);
      const [first, ...others] = ids;
      if (!first) throw new Error('no cluster');
      const signed = await signedInSupervisor();
      const photos = [pngBytes(21_001), pngBytes(21_002), pngBytes(21_003)];
      const id = await clusterDraft(
        first,
        photos,
        others.map((issueId) => ({ issueId })),
      );
      await queueClusterReport(db, id, testClock);
      const queued = await db.reports.where('issueId').anyOf(ids).toArray();

      // The city takes longer than the client waits for a report: it times out, again and again
      // (the photos go through a patient client, so the reports are reached). Then 503s and cut
      // connections, a cut one carried out by the city and never answered.
      await sim(city, 'PUT', '/sim/faults', { latencyMs: 300, failRate: 0, dropRate: 0, seed: 3 });
      const impatient = new CityClient(signed.client.baseUrl, signed.session, 100);
      const timingOut = Object.create(signed.client) as CityClient;
      timingOut.submitReport = (issueId, body) => impatient.submitReport(issueId, body);
      for (let round = 0; round < 3; round += 1) {
        await drainOutbox(pushDeps(db, timingOut, { now: () => new Date(Date.now() + round * 600_000) }));
        await sleep(350);
      }
      expect((await activeOutbox(db))[0]?.lastError).toMatchObject({ code: 'timeout', transient: true });
      await sim(city, 'PUT', '/sim/faults', { latencyMs: 0, failRate: 0.3, dropRate: 0.2, seed: 7 });
      const { counting, counts } = countingPhotos(signed.client);
      expect(await drainThrough(counting)).toBeGreaterThan(3);
      await sim(city, 'PUT', '/sim/faults', { latencyMs: 0, failRate: 0, dropRate: 0, seed: 1 });

      // A duplicate delivery: each report sent again as it was; the city answers the first time's answer.
      for (const report of queued) {
        const again = await signed.client.submitReport(report.issueId, {
          clientReportId: report.clientReportId,
          text: report.text,
          photos: report.photos,
          completedAt: report.completedAt,
        });
        expect(again.report.clientReportId).toBe(report.clientReportId);
      }

      const inCity = (await reportsInCity()).filter((r) => ids.includes(r.issueId));
      expect(inCity.map((r) => r.issueId).sort()).toEqual([...ids].sort());
      for (const report of inCity) expect(report.photos.map((p) => p.sha256)).toEqual(photos.map(sha256Of));
      // No photo was put twice with an answer: a cut PUT is found by HEAD afterwards.
      for (const sha of photos.map(sha256Of)) expect(counts.puts.get(sha) ?? 0).toBeLessThanOrEqual(1);
      const local = await db.reports.where('issueId').anyOf(ids).toArray();
      expect(local.map((r) => [r.localState, r.status])).toEqual(ids.map(() => ['sent', 'on_moderation']));
    },
  );

  it('goes on past a refused issue (409, 422), leaves out what was left out, and says why on each', async () => {
    const ids = await cityWithCluster(4);
    const [first, second, leftOut, ownWords] = ids;
    if (!first || !second || !leftOut || !ownWords) throw new Error('no cluster');
    const { client } = await signedInSupervisor();
    const id = await clusterDraft(
      first,
      [pngBytes(22_001)],
      [
        // Already on moderation in the city: 409.
        { issueId: ISSUE.onModeration },
        { issueId: second, ownText: 'Коротко' },
        { issueId: leftOut, included: false },
        { issueId: ownWords, ownText: 'Во дворе у второго подъезда мусор вывезен, урна заменена.' },
      ],
    );
    await queueClusterReport(db, id, testClock);
    const notices: SyncNotice[] = [];
    await drainThrough(client, notices);

    const inCity = await reportsInCity();
    const of = (issueId: string) =>
      inCity.filter((r) => r.issueId === issueId && r.authorId === STAFF.supervisor);
    expect(of(first).map((r) => r.text)).toEqual([SHARED_TEXT]);
    expect(of(ownWords).map((r) => r.text)).toEqual([
      'Во дворе у второго подъезда мусор вывезен, урна заменена.',
    ]);
    expect(of(second)).toHaveLength(0);
    expect(of(leftOut)).toHaveLength(0);
    expect(await db.reports.where('issueId').equals(leftOut).count()).toBe(0);

    const refusalOf = async (issueId: string) =>
      (
        await db.reports
          .where('issueId')
          .equals(issueId)
          .filter((r) => r.clusterOf === id)
          .first()
      )?.refusal?.code;
    expect(await refusalOf(ISSUE.onModeration)).toBe('issue_state');
    expect(await refusalOf(second)).toBe('validation');
    expect(notices.map((n) => n.kind === 'report_refused' && [n.issueId, n.code])).toEqual(
      expect.arrayContaining([
        [ISSUE.onModeration, 'issue_state'],
        [second, 'validation'],
      ]),
    );
  });
});
