import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Issue, Problem, ReportCreated } from '@shared/domain';
import { startTestServer, type TestServer } from '../test/harness';
import { ISSUE, NORTH_UPLOAD, RESIDENT_PHOTO, SOUTH_RESIDENT_PHOTO, STAFF } from '../test/fixtures';
import { pngBytes, sha256Of } from '../test/images';

const TEXT = 'Мусор вывезен, площадка убрана и промыта, контейнеры на месте.';
const COMPLETED_AT = '2026-03-25T11:30:00+03:00';

describe('POST /issues/{id}/reports', () => {
  let city: TestServer;
  let dispatcher: string;
  let supervisor: string;
  let supervisor2: string;
  beforeAll(async () => {
    city = await startTestServer();
    dispatcher = await city.tokenOf('dispatcher');
    supervisor = await city.tokenOf('supervisor');
    supervisor2 = await city.tokenOf('supervisor2');
  });
  afterAll(() => city.close());

  const submission = (overrides: Record<string, unknown> = {}) => {
    const clientReportId = randomUUID();
    return {
      clientReportId,
      json: { clientReportId, text: TEXT, photos: [], completedAt: COMPLETED_AT, ...overrides },
    };
  };
  const send = (
    issueId: string,
    token: string,
    body: { clientReportId: string; json: unknown },
    key?: string,
  ) =>
    city.call('POST', `/issues/${issueId}/reports`, {
      token,
      json: body.json,
      headers: { 'idempotency-key': key ?? body.clientReportId },
    });
  const current = async (id: string): Promise<Issue> =>
    Issue.parse((await city.call('GET', `/issues/${id}`, { token: dispatcher })).json);

  it('takes a report from the assignee: 201 {report, issue} and the issue goes on moderation', async () => {
    const before = await current(ISSUE.supervisorOwn);
    const body = submission({
      text: `   ${TEXT}   `,
      photos: [{ sha256: sha256Of(NORTH_UPLOAD), role: 'after' }],
    });
    const result = await send(ISSUE.supervisorOwn, supervisor, body);
    expect(result.status).toBe(201);
    const { report, issue } = ReportCreated.parse(result.json);
    expect(report).toMatchObject({
      clientReportId: body.clientReportId,
      issueId: ISSUE.supervisorOwn,
      authorId: STAFF.supervisor,
      text: TEXT,
      status: 'on_moderation',
      submittedAt: '2026-03-25T12:00:00+03:00',
      completedAt: COMPLETED_AT,
      decidedAt: null,
    });
    expect(issue).toMatchObject({ status: 'on_moderation', rev: before.rev + 1 });

    // The replay returns the first answer and makes no second report.
    const replay = await send(ISSUE.supervisorOwn, supervisor, body);
    expect(replay.status).toBe(201);
    expect(replay.text).toBe(result.text);
    // A second report while on moderation is 409 with the current issue.
    const again = await send(ISSUE.supervisorOwn, supervisor, submission());
    expect(again.status).toBe(409);
    const problem = Problem.parse(again.json);
    expect(problem.code).toBe('issue_state');
    expect(problem.issue?.status).toBe('on_moderation');
  });

  it('requires the Idempotency-Key to equal clientReportId (422 validation)', async () => {
    const result = await send(ISSUE.returned, dispatcher, submission(), randomUUID());
    expect(result.status).toBe(422);
    const problem = Problem.parse(result.json);
    expect(problem.code).toBe('validation');
    expect(problem.errors).toContainEqual({
      field: 'clientReportId',
      message: 'must equal the Idempotency-Key header',
    });
  });

  it('answers 422 validation with errors for short or long text, too many photos and a missing after photo', async () => {
    const photos = Array.from({ length: 11 }, (_, index) => ({
      sha256: sha256Of(pngBytes(500 + index)),
      role: 'before',
    }));
    const cases: [Record<string, unknown>, string][] = [
      [{ text: '  Сделано.            ' }, 'text'],
      [{ text: 'ё'.repeat(4001) }, 'text'],
      [{ photos }, 'photos'],
      [{ photos: [{ sha256: sha256Of(NORTH_UPLOAD), role: 'before' }] }, 'photos'],
    ];
    for (const [overrides, field] of cases) {
      // ISSUE.returned is "Неубранный мусор": an after photo is required.
      const result = await send(ISSUE.returned, dispatcher, submission(overrides));
      expect(result.status).toBe(422);
      const problem = Problem.parse(result.json);
      expect(problem.code).toBe('validation');
      expect(problem.errors?.map((error) => error.field)).toContain(field);
    }
  });

  it('counts code points after trimming: 20 emoji pass where 20 UTF-16 units would not', async () => {
    const body = submission({
      text: `  ${'🧹'.repeat(20)}  `,
      photos: [{ sha256: sha256Of(NORTH_UPLOAD), role: 'after' }],
    });
    const nineteen = submission({
      text: '🧹'.repeat(19),
      photos: [{ sha256: sha256Of(NORTH_UPLOAD), role: 'after' }],
    });
    expect((await send(ISSUE.returned, dispatcher, nineteen)).status).toBe(422);
    const before = await current(ISSUE.returned);
    const result = await send(ISSUE.returned, dispatcher, body);
    expect(result.status).toBe(201);
    expect(ReportCreated.parse(result.json).issue).toMatchObject({
      status: 'on_moderation',
      moderatorComment: null,
      rev: before.rev + 1,
    });
  });

  it('answers 400 for wrong types and a body that is not JSON, 422 for an unknown field', async () => {
    const wrongType = submission({ photos: 'none' });
    expect((await send(ISSUE.reopened, dispatcher, wrongType)).status).toBe(400);
    const missing = { clientReportId: randomUUID(), json: { text: TEXT } };
    expect(
      (
        await send(ISSUE.reopened, dispatcher, {
          ...missing,
          json: { ...missing.json, clientReportId: missing.clientReportId },
        })
      ).status,
    ).toBe(400);
    const unknown = submission({ signature: 'ok' });
    expect((await send(ISSUE.reopened, dispatcher, unknown)).status).toBe(422);
    const key = randomUUID();
    const notJson = await city.call('POST', `/issues/${ISSUE.reopened}/reports`, {
      token: dispatcher,
      body: '{"clientReportId":',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
    });
    expect(notJson.status).toBe(400);
    expect(Problem.parse(notJson.json).code).toBe('bad_request');
  });

  it('answers 422 missing_photos for photos the company cannot reach, after the state check', async () => {
    const unknown = sha256Of(pngBytes(999));
    const body = submission({
      photos: [
        { sha256: sha256Of(RESIDENT_PHOTO), role: 'before' }, // a resident photo of its own issue: reachable
        { sha256: sha256Of(SOUTH_RESIDENT_PHOTO), role: 'before' }, // the neighbour's resident photo: not
        { sha256: unknown, role: 'after' },
      ],
    });
    const result = await send(ISSUE.reopened, dispatcher, body);
    expect(result.status).toBe(422);
    const problem = Problem.parse(result.json);
    expect(problem.code).toBe('missing_photos');
    expect(problem.missing).toEqual([sha256Of(SOUTH_RESIDENT_PHOTO), unknown]);

    // State comes before photos: a resolved issue with missing photos is 409.
    const resolved = await send(
      ISSUE.resolved,
      dispatcher,
      submission({ photos: [{ sha256: unknown, role: 'after' }] }),
    );
    expect(resolved.status).toBe(409);
  });

  it('lets only the assignee, a dispatcher or a manager report: another supervisor gets 403 before anything else', async () => {
    const result = await city.call('POST', `/issues/${ISSUE.inProgress}/reports`, {
      token: supervisor2,
      json: { nonsense: true },
      idempotent: false,
    });
    expect(result.status).toBe(403);
    expect(Problem.parse(result.json).code).toBe('forbidden');
  });

  it('answers 404 for another company’s issue and 410 for a withdrawn one', async () => {
    expect((await send(ISSUE.south, dispatcher, submission())).status).toBe(404);
    expect((await send(ISSUE.withdrawn, dispatcher, submission())).status).toBe(410);
  });

  it('answers 409 on a new issue (not yet in work)', async () => {
    const result = await send(
      ISSUE.fresh,
      dispatcher,
      submission({ photos: [{ sha256: sha256Of(NORTH_UPLOAD), role: 'after' }] }),
    );
    expect(result.status).toBe(409);
  });

  it('refuses a completedAt in the future and an unparseable one', async () => {
    const future = await send(
      ISSUE.reopened,
      dispatcher,
      submission({ completedAt: '2026-03-26T12:00:00+03:00' }),
    );
    expect(future.status).toBe(422);
    expect(Problem.parse(future.json).errors?.map((error) => error.field)).toContain('completedAt');
    const garbled = await send(ISSUE.reopened, dispatcher, submission({ completedAt: 'yesterday' }));
    expect(garbled.status).toBe(422);
  });

  it('missing key is 422 missing_idempotency_key', async () => {
    const result = await city.call('POST', `/issues/${ISSUE.reopened}/reports`, {
      token: dispatcher,
      json: submission().json,
      idempotent: false,
    });
    expect(result.status).toBe(422);
    expect(Problem.parse(result.json).code).toBe('missing_idempotency_key');
  });

  it('a mismatching replay of a report key is 422 idempotency_mismatch', async () => {
    const body = submission();
    const first = await send(ISSUE.reopened, dispatcher, body);
    expect(first.status).toBe(201);
    const changed = { ...body, json: { ...body.json, text: `${TEXT} И ещё покрасили.` } };
    const mismatch = await send(ISSUE.reopened, dispatcher, changed);
    expect(mismatch.status).toBe(422);
    expect(Problem.parse(mismatch.json).code).toBe('idempotency_mismatch');
  });
});
