import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadlineAt } from '@shared/calendar';
import {
  Issue,
  IssueEnvelope,
  Problem,
  ReportCreated,
  SimDecisionAnswer,
  SimIssueAnswer,
  SimRatingAnswer,
  SimState,
} from '@shared/domain';
import { seededRandom } from '../http/faults';
import { startTestServer, SIM_TOKEN, type TestServer } from '../test/harness';
import { CATEGORY, ISSUE, NORTH, REPORT, SOUTH, STAFF } from '../test/fixtures';

describe('simulation off', () => {
  let city: TestServer;
  beforeAll(async () => {
    city = await startTestServer();
  });
  afterAll(() => city.close());

  it('has no /sim routes (404), whatever the token', async () => {
    for (const token of [SIM_TOKEN, await city.tokenOf('dispatcher')]) {
      const result = await city.call('POST', '/sim/issues', { token, json: {} });
      expect(result.status).toBe(404);
      expect(Problem.parse(result.json).code).toBe('not_found');
    }
    expect((await city.call('GET', '/sim/state', { token: SIM_TOKEN })).status).toBe(404);
  });
});

describe('simulation on', () => {
  let city: TestServer;
  let dispatcher: string;
  beforeAll(async () => {
    city = await startTestServer({ sim: { token: SIM_TOKEN } });
    dispatcher = await city.tokenOf('dispatcher');
  });
  afterAll(() => city.close());

  it('takes only the simulation token: a company token is 403, none or a wrong one 401', async () => {
    expect((await city.call('GET', '/sim/state', { token: dispatcher })).status).toBe(403);
    expect((await city.call('GET', '/sim/state')).status).toBe(401);
    expect((await city.call('GET', '/sim/state', { token: 'not-the-sim-token' })).status).toBe(401);
    expect((await city.call('GET', '/sim/state', { token: SIM_TOKEN })).status).toBe(200);
  });

  it('files an issue with the resident’s own photo when one is given, and refuses bytes that are no image', async () => {
    const jpeg = readFileSync(
      join(import.meta.dirname, '../../../tests/fixtures/same-place/photos/home.jpg'),
    );
    const filed = await city.call('POST', '/sim/issues', {
      token: SIM_TOKEN,
      json: { residentPhoto: jpeg.toString('base64') },
    });
    expect(filed.status).toBe(201);
    const photo = SimIssueAnswer.parse(filed.json).issue.residentPhotos[0];
    expect(photo).toEqual({
      sha256: createHash('sha256').update(jpeg).digest('hex'),
      width: 512,
      height: 384,
    });
    expect((await city.call('HEAD', `/photos/${photo?.sha256}`, { token: dispatcher })).status).toBe(200);

    const refused = await city.call('POST', '/sim/issues', {
      token: SIM_TOKEN,
      json: { residentPhoto: Buffer.from('not a picture').toString('base64') },
    });
    expect(refused.status).toBe(422);
    expect(Problem.parse(refused.json).code).toBe('validation');
  });

  it('files a resident’s issue with generated Russian text, a photo, and a deadline from the calendar', async () => {
    const result = await city.call('POST', '/sim/issues', {
      token: SIM_TOKEN,
      json: { categoryId: CATEGORY.roof },
    });
    expect(result.status).toBe(201);
    const { issue } = SimIssueAnswer.parse(result.json);
    expect(issue).toMatchObject({ categoryId: CATEGORY.roof, status: 'new', assigneeId: null, rev: 1 });
    expect(issue.title).toMatch(/[а-яё]/i);
    expect(issue.address).toMatch(/^г\. Москва, /);
    expect(issue.number).toMatch(/^НГ-2026-\d{7}$/);
    expect(issue.receivedAt).toBe('2026-03-25T12:00:00+03:00');
    expect(issue.deadlineAt).toBe(deadlineAt(issue.receivedAt, 5));
    const photo = issue.residentPhotos[0];
    expect(photo).toBeDefined();
    // The company reaches its issue and the resident's photo; the neighbour does not.
    expect((await city.call('GET', `/issues/${issue.id}`, { token: dispatcher })).status).toBe(200);
    expect((await city.call('HEAD', `/photos/${photo?.sha256}`, { token: dispatcher })).status).toBe(200);
    const neighbour = await city.tokenOf('neighbour.dispatcher');
    expect((await city.call('HEAD', `/photos/${photo?.sha256}`, { token: neighbour })).status).toBe(404);

    const given = await city.call('POST', '/sim/issues', {
      token: SIM_TOKEN,
      json: {
        companyId: SOUTH,
        title: 'Сосулька над входом',
        description: 'Висит огромная сосулька.',
        address: 'ул. Тестовая, 1',
      },
    });
    expect(SimIssueAnswer.parse(given.json).issue).toMatchObject({
      title: 'Сосулька над входом',
      address: 'ул. Тестовая, 1',
    });
    expect(
      (await city.call('POST', '/sim/issues', { token: SIM_TOKEN, json: { companyId: 'co-nowhere' } }))
        .status,
    ).toBe(422);
    expect(
      (await city.call('POST', '/sim/issues', { token: SIM_TOKEN, json: { categoryId: 'cat-nowhere' } }))
        .status,
    ).toBe(422);
    expect(
      (await city.call('POST', '/sim/issues', { token: SIM_TOKEN, json: { colour: 'red' } })).status,
    ).toBe(422);
  });

  it('puts an issue at the point it is given, and refuses a point without both coordinates', async () => {
    const placed = await city.call('POST', '/sim/issues', {
      token: SIM_TOKEN,
      json: { categoryId: CATEGORY.roof, lat: 55.651234, lng: 37.771234 },
    });
    expect(placed.status).toBe(201);
    expect(SimIssueAnswer.parse(placed.json).issue).toMatchObject({ lat: 55.651234, lng: 37.771234 });
    for (const json of [{ lat: 55.65 }, { lng: 37.77 }, { lat: 91, lng: 37.77 }]) {
      const refused = await city.call('POST', '/sim/issues', { token: SIM_TOKEN, json });
      expect(refused.status).toBe(422);
      expect(Problem.parse(refused.json).code).toBe('validation');
    }
  });

  it('files an issue received earlier, its deadline counted from then, and refuses a future or year-old receipt', async () => {
    const result = await city.call('POST', '/sim/issues', {
      token: SIM_TOKEN,
      json: { categoryId: CATEGORY.roof, receivedAt: '2026-03-10T06:30:00Z' },
    });
    expect(result.status).toBe(201);
    const { issue } = SimIssueAnswer.parse(result.json);
    expect(issue).toMatchObject({
      status: 'new',
      createdAt: '2026-03-10T09:30:00+03:00',
      receivedAt: '2026-03-10T09:30:00+03:00',
      deadlineAt: deadlineAt('2026-03-10T09:30:00+03:00', 5),
    });
    // Five working days after Tuesday 10 March end on Tuesday 17 March: overdue at the clock's now.
    expect(issue.deadlineAt).toBe('2026-03-17T23:59:59+03:00');

    for (const receivedAt of ['2026-03-25T12:00:01+03:00', '2025-03-01T12:00:00+03:00']) {
      const refused = await city.call('POST', '/sim/issues', { token: SIM_TOKEN, json: { receivedAt } });
      expect(refused.status).toBe(422);
      expect(Problem.parse(refused.json).errors?.[0]?.field).toBe('receivedAt');
    }
    const malformed = await city.call('POST', '/sim/issues', {
      token: SIM_TOKEN,
      json: { receivedAt: '10.03.2026 09:30' },
    });
    expect(malformed.status).toBe(422);
  });

  it('decides reports: accept resolves the issue, reject returns it with the comment; a decided report is 409', async () => {
    const accepted = await city.call('POST', `/sim/reports/${REPORT.onModeration}/decision`, {
      token: SIM_TOKEN,
      json: { decision: 'accept' },
    });
    expect(accepted.status).toBe(200);
    const { report, issue } = SimDecisionAnswer.parse(accepted.json);
    expect(report).toMatchObject({ status: 'accepted', decidedAt: '2026-03-25T12:00:00+03:00', rev: 2 });
    expect(issue).toMatchObject({ id: ISSUE.onModeration, status: 'resolved', moderatorComment: null });
    const twice = await city.call('POST', `/sim/reports/${REPORT.onModeration}/decision`, {
      token: SIM_TOKEN,
      json: { decision: 'reject' },
    });
    expect(twice.status).toBe(409);
    expect(
      (
        await city.call('POST', '/sim/reports/rp-nowhere/decision', {
          token: SIM_TOKEN,
          json: { decision: 'accept' },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await city.call('POST', `/sim/reports/${REPORT.onModeration}/decision`, {
          token: SIM_TOKEN,
          json: { decision: 'maybe' },
        })
      ).status,
    ).toBe(422);

    // A fresh issue, assigned, reported on and rejected.
    const fresh = SimIssueAnswer.parse(
      (await city.call('POST', '/sim/issues', { token: SIM_TOKEN, json: { categoryId: CATEGORY.lift } }))
        .json,
    ).issue;
    const assigned = await city.call('PATCH', `/issues/${fresh.id}`, {
      token: dispatcher,
      json: { assigneeId: STAFF.supervisor },
      headers: { 'if-match': `"${fresh.rev}"` },
    });
    expect(IssueEnvelope.parse(assigned.json).issue.status).toBe('in_progress');
    const reportId = randomUUID();
    const made = ReportCreated.parse(
      (
        await city.call('POST', `/issues/${fresh.id}/reports`, {
          token: dispatcher,
          json: {
            clientReportId: reportId,
            text: 'Лифт отремонтирован, работает исправно.',
            photos: [],
            completedAt: '2026-03-25T10:00:00+03:00',
          },
          headers: { 'idempotency-key': reportId },
        })
      ).json,
    );
    const rejected = await city.call('POST', `/sim/reports/${made.report.id}/decision`, {
      token: SIM_TOKEN,
      json: { decision: 'reject', comment: 'Нет фото кабины лифта' },
    });
    expect(SimDecisionAnswer.parse(rejected.json)).toMatchObject({
      report: { status: 'rejected', moderatorComment: 'Нет фото кабины лифта' },
      issue: { status: 'returned', moderatorComment: 'Нет фото кабины лифта' },
    });
  });

  it('rates a published answer once, and only a resolved issue', async () => {
    const rated = await city.call('POST', `/sim/issues/${ISSUE.onModeration}/rating`, {
      token: SIM_TOKEN,
      json: { score: 4, comment: 'Спасибо' },
    });
    expect(rated.status).toBe(201);
    expect(SimRatingAnswer.parse(rated.json).rating).toMatchObject({
      issueId: ISSUE.onModeration,
      reportId: REPORT.onModeration,
      score: 4,
    });
    expect(
      (
        await city.call('POST', `/sim/issues/${ISSUE.onModeration}/rating`, {
          token: SIM_TOKEN,
          json: { score: 5 },
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await city.call('POST', `/sim/issues/${ISSUE.returned}/rating`, {
          token: SIM_TOKEN,
          json: { score: 5 },
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await city.call('POST', `/sim/issues/${ISSUE.resolved}/rating`, {
          token: SIM_TOKEN,
          json: { score: 6 },
        })
      ).status,
    ).toBe(422);
  });

  it('reopens a disputed issue with a deadline counted from now, and counts the reopening', async () => {
    const disputed = await city.call('POST', `/sim/issues/${ISSUE.resolved}/dispute`, { token: SIM_TOKEN });
    expect(disputed.status).toBe(200);
    const { issue } = SimIssueAnswer.parse(disputed.json);
    // Lift: 1 working day after Wed 25 March.
    expect(issue).toMatchObject({ status: 'reopened', deadlineAt: '2026-03-26T23:59:59+03:00' });
    expect(
      (await city.call('POST', `/sim/issues/${ISSUE.resolved}/dispute`, { token: SIM_TOKEN })).status,
    ).toBe(409);
    const stats = await city.call('GET', '/stats/company?from=2026-03-01&to=2026-04-01', {
      token: await city.tokenOf('manager'),
    });
    expect(stats.body['reopened']).toBe(2);
  });

  it('withdraws an issue (410 for the company afterwards) and refuses unknown destinations', async () => {
    expect(
      (
        await city.call('POST', `/sim/issues/${ISSUE.returned}/withdraw`, {
          token: SIM_TOKEN,
          json: { toCompanyId: 'co-nowhere' },
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await city.call('POST', `/sim/issues/${ISSUE.returned}/withdraw`, {
          token: SIM_TOKEN,
          json: { toCompanyId: NORTH },
        })
      ).status,
    ).toBe(422);
    const withdrawn = await city.call('POST', `/sim/issues/${ISSUE.returned}/withdraw`, { token: SIM_TOKEN });
    expect(withdrawn.status).toBe(200);
    expect((await city.call('GET', `/issues/${ISSUE.returned}`, { token: dispatcher })).status).toBe(410);
    expect(
      (await city.call('POST', `/sim/issues/${ISSUE.returned}/withdraw`, { token: SIM_TOKEN })).status,
    ).toBe(409);
  });

  it('lists every report the city holds', async () => {
    const state = SimState.parse((await city.call('GET', '/sim/state', { token: SIM_TOKEN })).json);
    const ids = state.reports.map((report) => report.id);
    expect(ids).toEqual(expect.arrayContaining(Object.values(REPORT)));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('fault injection', () => {
  let city: TestServer;
  let dispatcher: string;
  beforeAll(async () => {
    city = await startTestServer({ sim: { token: SIM_TOKEN } });
    dispatcher = await city.tokenOf('dispatcher');
  });
  afterAll(() => city.close());

  const setFaults = (faults: Record<string, number>) =>
    city.call('PUT', '/sim/faults', { token: SIM_TOKEN, json: faults });
  const attempt = async (): Promise<number | 'dropped'> => {
    try {
      return (await city.call('GET', '/changes?limit=1', { token: dispatcher })).status;
    } catch {
      return 'dropped';
    }
  };

  it('refuses rates that do not add up and wrong shapes', async () => {
    expect((await setFaults({ latencyMs: 0, failRate: 0.7, dropRate: 0.6, seed: 1 })).status).toBe(422);
    expect((await setFaults({ latencyMs: 0, failRate: 2, dropRate: 0, seed: 1 })).status).toBe(422);
    expect(
      (
        await city.call('PUT', '/sim/faults', {
          token: SIM_TOKEN,
          json: { latencyMs: 'slow', failRate: 0, dropRate: 0, seed: 1 },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await city.call('PUT', '/sim/faults', {
          token: dispatcher,
          json: { latencyMs: 0, failRate: 0, dropRate: 0, seed: 1 },
        })
      ).status,
    ).toBe(403);
  });

  it('answers a seeded failRate share 503 and cuts a separate dropRate share, the same way for the same seed', async () => {
    const faults = { latencyMs: 0, failRate: 0.3, dropRate: 0.2, seed: 42 };
    const random = seededRandom(faults.seed);
    const expected = Array.from({ length: 60 }, () => {
      const value = random();
      return value < faults.failRate ? 503 : value < faults.failRate + faults.dropRate ? 'dropped' : 200;
    });
    expect((await setFaults(faults)).status).toBe(200);
    const outcomes: (number | 'dropped')[] = [];
    for (let call = 0; call < expected.length; call += 1) outcomes.push(await attempt());
    expect(outcomes).toEqual(expected);
    expect(outcomes.filter((outcome) => outcome === 503).length).toBeGreaterThan(5);
    expect(outcomes.filter((outcome) => outcome === 'dropped').length).toBeGreaterThan(3);

    // Setting the same seed again replays the same sequence.
    await setFaults(faults);
    const again: (number | 'dropped')[] = [];
    for (let call = 0; call < 20; call += 1) again.push(await attempt());
    expect(again).toEqual(expected.slice(0, 20));
  });

  it('gives the 503 as a problem with Retry-After, and leaves sign-in and simulation calls alone', async () => {
    await setFaults({ latencyMs: 0, failRate: 1, dropRate: 0, seed: 7 });
    const failed = await city.call('GET', `/issues/${ISSUE.fresh}`, { token: dispatcher });
    expect(failed.status).toBe(503);
    expect(failed.headers.get('retry-after')).toBe('1');
    expect(Problem.parse(failed.json).code).toBe('unavailable');
    expect(
      (await city.call('POST', '/auth/token', { json: { login: 'manager', password: 'demo' } })).status,
    ).toBe(200);
    expect((await city.call('GET', '/sim/state', { token: SIM_TOKEN })).status).toBe(200);
    expect((await city.call('GET', '/openapi.json')).status).toBe(200);
  });

  it('carries out a dropped write: the caller hears nothing, and a replay of its key gets the stored answer', async () => {
    await setFaults({ latencyMs: 0, failRate: 0, dropRate: 0, seed: 7 });
    const before = Issue.parse(
      (await city.call('GET', `/issues/${ISSUE.fresh}`, { token: dispatcher })).json,
    );
    const key = randomUUID();
    const patch = () =>
      city.call('PATCH', `/issues/${ISSUE.fresh}`, {
        token: dispatcher,
        json: { priority: 'high' },
        headers: { 'idempotency-key': key, 'if-match': `"${before.rev}"` },
      });
    await setFaults({ latencyMs: 0, failRate: 0, dropRate: 1, seed: 7 });
    await expect(patch()).rejects.toThrow();
    await setFaults({ latencyMs: 0, failRate: 0, dropRate: 0, seed: 7 });
    const after = Issue.parse((await city.call('GET', `/issues/${ISSUE.fresh}`, { token: dispatcher })).json);
    expect(after).toMatchObject({ priority: 'high', rev: before.rev + 1 });
    const replay = await patch();
    expect(replay.status).toBe(200);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(IssueEnvelope.parse(replay.json).issue).toEqual(after);
  });

  it('delays company calls by latencyMs', async () => {
    await setFaults({ latencyMs: 150, failRate: 0, dropRate: 0, seed: 7 });
    const started = performance.now();
    expect(await attempt()).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(145);
    await setFaults({ latencyMs: 0, failRate: 0, dropRate: 0, seed: 7 });
  });
});
