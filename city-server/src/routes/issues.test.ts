import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Issue, IssueEnvelope, Problem } from '@shared/domain';
import { startTestServer, SIM_TOKEN, type TestServer } from '../test/harness';
import { ISSUE, STAFF } from '../test/fixtures';

const problemCode = (json: unknown): string => Problem.parse(json).code;

describe('GET /issues/{id}', () => {
  let city: TestServer;
  beforeAll(async () => {
    city = await startTestServer({ sim: { token: SIM_TOKEN } });
  });
  afterAll(() => city.close());

  it('gives one of the company’s issues, in Moscow time, with its rev as ETag', async () => {
    const token = await city.tokenOf('supervisor');
    const result = await city.call('GET', `/issues/${ISSUE.fresh}`, { token });
    expect(result.status).toBe(200);
    const issue = Issue.parse(result.json);
    expect(issue.receivedAt).toBe('2026-03-02T10:00:00+03:00');
    expect(issue.deadlineAt).toBe('2026-03-13T23:59:59+03:00');
    expect(result.headers.get('etag')).toBe(`"${issue.rev}"`);
  });

  it('answers 404 for another company’s issue and for an unknown one, with none of its data', async () => {
    const token = await city.tokenOf('dispatcher');
    const other = await city.call('GET', `/issues/${ISSUE.south}`, { token });
    const unknown = await city.call('GET', '/issues/no-such-issue', { token });
    expect(other.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(problemCode(other.json)).toBe('not_found');
    expect(other.text).not.toContain(ISSUE.south);
    expect(other.body['detail']).toBe(unknown.body['detail']);
  });

  it('answers 410 withdrawn for an issue the city withdrew from the company', async () => {
    const token = await city.tokenOf('dispatcher');
    const result = await city.call('GET', `/issues/${ISSUE.withdrawn}`, { token });
    expect(result.status).toBe(410);
    expect(problemCode(result.json)).toBe('withdrawn');
  });

  it('answers 410 to the old company and 200 to the new one when an issue is moved', async () => {
    const moved = await city.call('POST', `/sim/issues/${ISSUE.fresh}/withdraw`, {
      token: SIM_TOKEN,
      json: { toCompanyId: 'co-south' },
    });
    expect(moved.status).toBe(200);
    const north = await city.call('GET', `/issues/${ISSUE.fresh}`, {
      token: await city.tokenOf('dispatcher'),
    });
    expect(north.status).toBe(410);
    const south = await city.call('GET', `/issues/${ISSUE.fresh}`, {
      token: await city.tokenOf('neighbour.dispatcher'),
    });
    expect(south.status).toBe(200);
    expect(Issue.parse(south.json)).toMatchObject({
      status: 'new',
      assigneeId: null,
      receivedAt: '2026-03-25T12:00:00+03:00',
    });
  });
});

describe('PATCH /issues/{id}', () => {
  let city: TestServer;
  let dispatcher: string;
  let manager: string;
  let supervisor: string;
  beforeAll(async () => {
    city = await startTestServer();
    dispatcher = await city.tokenOf('dispatcher');
    manager = await city.tokenOf('manager');
    supervisor = await city.tokenOf('supervisor');
  });
  afterAll(() => city.close());

  const current = async (id: string): Promise<Issue> =>
    Issue.parse((await city.call('GET', `/issues/${id}`, { token: dispatcher })).json);

  it('assigns a new issue to an active staff member: it moves to in_progress and its rev grows', async () => {
    const before = await current(ISSUE.fresh);
    const result = await city.call('PATCH', `/issues/${ISSUE.fresh}`, {
      token: dispatcher,
      json: { assigneeId: STAFF.supervisor },
      headers: { 'if-match': `"${before.rev}"` },
    });
    expect(result.status).toBe(200);
    const { issue } = IssueEnvelope.parse(result.json);
    expect(issue).toMatchObject({ status: 'in_progress', assigneeId: STAFF.supervisor, rev: before.rev + 1 });
    expect(result.headers.get('etag')).toBe(`"${before.rev + 1}"`);
  });

  it('reprioritises without moving the status (a manager may too)', async () => {
    const before = await current(ISSUE.returned);
    const result = await city.call('PATCH', `/issues/${ISSUE.returned}`, {
      token: manager,
      json: { priority: 'urgent' },
      headers: { 'if-match': `"${before.rev}"` },
    });
    expect(result.status).toBe(200);
    expect(IssueEnvelope.parse(result.json).issue).toMatchObject({
      status: 'returned',
      priority: 'urgent',
      rev: before.rev + 1,
    });
  });

  it('answers 428 without If-Match and 412 with the current issue when the rev is stale', async () => {
    const before = await current(ISSUE.inProgress);
    const without = await city.call('PATCH', `/issues/${ISSUE.inProgress}`, {
      token: dispatcher,
      json: { priority: 'high' },
    });
    expect(without.status).toBe(428);
    expect(problemCode(without.json)).toBe('precondition_required');

    const stale = await city.call('PATCH', `/issues/${ISSUE.inProgress}`, {
      token: dispatcher,
      json: { priority: 'high' },
      headers: { 'if-match': `"${before.rev - 1}"` },
    });
    expect(stale.status).toBe(412);
    const problem = Problem.parse(stale.json);
    expect(problem.code).toBe('precondition_failed');
    expect(problem.issue).toEqual(before);
    expect(await current(ISSUE.inProgress)).toEqual(before);
  });

  it('refuses an assignee of another company, an inactive one and an unknown one with 422 validation', async () => {
    for (const assigneeId of [STAFF.southSupervisor, STAFF.retired, 'st-nobody']) {
      const before = await current(ISSUE.inProgress);
      const result = await city.call('PATCH', `/issues/${ISSUE.inProgress}`, {
        token: dispatcher,
        json: { assigneeId },
        headers: { 'if-match': `"${before.rev}"` },
      });
      expect(result.status).toBe(422);
      const problem = Problem.parse(result.json);
      expect(problem.code).toBe('validation');
      expect(problem.errors?.[0]?.field).toBe('assigneeId');
    }
  });

  it('answers 400 for wrong types and 422 for an unknown field or an empty change', async () => {
    const { rev } = await current(ISSUE.inProgress);
    const send = (json: unknown) =>
      city.call('PATCH', `/issues/${ISSUE.inProgress}`, {
        token: dispatcher,
        json,
        headers: { 'if-match': `"${rev}"` },
      });
    expect((await send({ assigneeId: 42 })).status).toBe(400);
    expect((await send([1, 2])).status).toBe(400);
    expect((await send({ priority: 'whenever' })).status).toBe(422);
    expect((await send({ status: 'resolved' })).status).toBe(422);
    expect((await send({})).status).toBe(422);
  });

  it('answers 409 issue_state with the current issue on moderation or resolved', async () => {
    for (const id of [ISSUE.onModeration, ISSUE.resolved]) {
      const before = await current(id);
      const result = await city.call('PATCH', `/issues/${id}`, {
        token: dispatcher,
        json: { priority: 'high' },
        headers: { 'if-match': `"${before.rev}"` },
      });
      expect(result.status).toBe(409);
      const problem = Problem.parse(result.json);
      expect(problem.code).toBe('issue_state');
      expect(problem.issue).toEqual(before);
    }
  });

  it('forbids supervisors (403), and says so before asking for If-Match or a key', async () => {
    const result = await city.call('PATCH', `/issues/${ISSUE.inProgress}`, {
      token: supervisor,
      json: { priority: 'high' },
      idempotent: false,
    });
    expect(result.status).toBe(403);
    expect(problemCode(result.json)).toBe('forbidden');
  });

  it('checks scope before role: another company’s issue is 404 even for a supervisor', async () => {
    const result = await city.call('PATCH', `/issues/${ISSUE.south}`, {
      token: supervisor,
      json: { priority: 'high' },
    });
    expect(result.status).toBe(404);
    const withdrawn = await city.call('PATCH', `/issues/${ISSUE.withdrawn}`, {
      token: supervisor,
      json: { priority: 'high' },
    });
    expect(withdrawn.status).toBe(410);
  });

  it('asks for the Idempotency-Key before If-Match (422 missing_idempotency_key)', async () => {
    const result = await city.call('PATCH', `/issues/${ISSUE.inProgress}`, {
      token: dispatcher,
      json: { priority: 'high' },
      idempotent: false,
    });
    expect(result.status).toBe(422);
    expect(problemCode(result.json)).toBe('missing_idempotency_key');
    const notUuid = await city.call('PATCH', `/issues/${ISSUE.inProgress}`, {
      token: dispatcher,
      json: { priority: 'high' },
      headers: { 'idempotency-key': 'not-a-uuid', 'if-match': '"1"' },
    });
    expect(notUuid.status).toBe(422);
    expect(problemCode(notUuid.json)).toBe('validation');
  });

  it('replays a key with a JSON-equal body: same status and body, nothing changes, and a stale If-Match does not matter', async () => {
    const before = await current(ISSUE.otherSupervisor);
    const key = randomUUID();
    const first = await city.call('PATCH', `/issues/${ISSUE.otherSupervisor}`, {
      token: dispatcher,
      json: { priority: 'high', assigneeId: STAFF.supervisor },
      headers: { 'idempotency-key': key, 'if-match': `"${before.rev}"` },
    });
    expect(first.status).toBe(200);
    const afterFirst = await current(ISSUE.otherSupervisor);
    // Same body with keys in another order; the If-Match is now stale.
    const replay = await city.call('PATCH', `/issues/${ISSUE.otherSupervisor}`, {
      token: dispatcher,
      body: '{ "assigneeId": "st-supervisor", "priority": "high" }',
      headers: { 'idempotency-key': key, 'if-match': `"${before.rev}"`, 'content-type': 'application/json' },
    });
    expect(replay.status).toBe(200);
    expect(replay.text).toBe(first.text);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(await current(ISSUE.otherSupervisor)).toEqual(afterFirst);

    // The same key with another body is refused.
    const mismatch = await city.call('PATCH', `/issues/${ISSUE.otherSupervisor}`, {
      token: dispatcher,
      json: { priority: 'normal' },
      headers: { 'idempotency-key': key, 'if-match': `"${afterFirst.rev}"` },
    });
    expect(mismatch.status).toBe(422);
    expect(problemCode(mismatch.json)).toBe('idempotency_mismatch');
  });

  it('keeps keys per company: another company may use the same key', async () => {
    const key = randomUUID();
    const north = await current(ISSUE.inProgress);
    const first = await city.call('PATCH', `/issues/${ISSUE.inProgress}`, {
      token: dispatcher,
      json: { priority: 'high' },
      headers: { 'idempotency-key': key, 'if-match': `"${north.rev}"` },
    });
    expect(first.status).toBe(200);
    const southToken = await city.tokenOf('neighbour.dispatcher');
    const southIssue = Issue.parse(
      (await city.call('GET', `/issues/${ISSUE.south}`, { token: southToken })).json,
    );
    const second = await city.call('PATCH', `/issues/${ISSUE.south}`, {
      token: southToken,
      json: { priority: 'high' },
      headers: { 'idempotency-key': key, 'if-match': `"${southIssue.rev}"` },
    });
    expect(second.status).toBe(200);
    expect(IssueEnvelope.parse(second.json).issue.id).toBe(ISSUE.south);
  });

  it('stores only 2xx answers: after a 4xx the same key may be sent again', async () => {
    const before = await current(ISSUE.inProgress);
    const key = randomUUID();
    const refused = await city.call('PATCH', `/issues/${ISSUE.inProgress}`, {
      token: dispatcher,
      json: { priority: 'urgent' },
      headers: { 'idempotency-key': key, 'if-match': `"${before.rev + 5}"` },
    });
    expect(refused.status).toBe(412);
    const accepted = await city.call('PATCH', `/issues/${ISSUE.inProgress}`, {
      token: dispatcher,
      json: { priority: 'urgent' },
      headers: { 'idempotency-key': key, 'if-match': `"${before.rev}"` },
    });
    expect(accepted.status).toBe(200);
    expect(IssueEnvelope.parse(accepted.json).issue.priority).toBe('urgent');
  });

  it('changes nothing (same rev) when asked for what already is', async () => {
    const before = await current(ISSUE.inProgress);
    const result = await city.call('PATCH', `/issues/${ISSUE.inProgress}`, {
      token: dispatcher,
      json: { priority: before.priority, assigneeId: before.assigneeId ?? undefined },
      headers: { 'if-match': `W/"${before.rev}"` },
    });
    expect(result.status).toBe(200);
    expect(IssueEnvelope.parse(result.json).issue).toEqual(before);
  });
});
