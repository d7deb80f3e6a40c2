import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangePage, FEED_DEFAULT_LIMIT, FEED_MAX_LIMIT, Problem, type Change } from '@shared/domain';
import { startTestServer, SIM_TOKEN, type TestServer } from '../test/harness';
import { fixtureWorldWithManyIssues, ISSUE, NORTH_UPLOAD, SOUTH } from '../test/fixtures';
import { sha256Of } from '../test/images';

const BULK = 1200;

describe('GET /changes', () => {
  let city: TestServer;
  let north: string;
  let south: string;
  beforeAll(async () => {
    city = await startTestServer({ world: fixtureWorldWithManyIssues(BULK), sim: { token: SIM_TOKEN } });
    north = await city.tokenOf('dispatcher');
    south = await city.tokenOf('neighbour.dispatcher');
  });
  afterAll(() => city.close());

  const page = async (token: string, query: string): Promise<ChangePage & { text: string }> => {
    const result = await city.call('GET', `/changes${query}`, { token });
    expect(result.status).toBe(200);
    return { ...ChangePage.parse(result.json), text: result.text };
  };
  const readAll = async (
    token: string,
    limit: number,
    from?: string,
  ): Promise<{ changes: Change[]; cursor: string; pages: number }> => {
    const changes: Change[] = [];
    let cursor = from;
    let pages = 0;
    for (;;) {
      const next = await page(
        token,
        `?limit=${limit}${cursor === undefined ? '' : `&cursor=${encodeURIComponent(cursor)}`}`,
      );
      pages += 1;
      changes.push(...next.changes);
      cursor = next.cursor;
      if (!next.hasMore) return { changes, cursor, pages };
    }
  };

  it('gives 500 changes by default and clamps a larger limit to 1,000', async () => {
    const first = await page(north, '');
    expect(first.changes).toHaveLength(FEED_DEFAULT_LIMIT);
    expect(first.hasMore).toBe(true);
    const clamped = await page(north, '?limit=5000');
    expect(clamped.changes).toHaveLength(FEED_MAX_LIMIT);
  });

  it('starts with categories and staff, and walks the whole feed in order, each change once, whatever the page size', async () => {
    const whole = await readAll(north, FEED_MAX_LIMIT);
    expect(whole.changes[0]?.kind).toBe('category');
    const issueIds = whole.changes.flatMap((change) => (change.kind === 'issue' ? [change.issue.id] : []));
    expect(new Set(issueIds).size).toBe(issueIds.length);
    expect(issueIds).toContain('is-bulk-0');
    expect(issueIds).not.toContain(ISSUE.south);
    expect(issueIds).not.toContain(ISSUE.withdrawn);
    expect(whole.changes).toContainEqual({ kind: 'issue_removed', id: ISSUE.withdrawn });

    const small = await readAll(north, 97);
    expect(small.changes).toEqual(whole.changes);
    expect(small.pages).toBe(Math.ceil(whole.changes.length / 97));
    expect(small.cursor).toBe(whole.cursor);
  });

  it('scopes the feed to the company', async () => {
    const { changes } = await readAll(south, FEED_MAX_LIMIT);
    const ids = changes.flatMap((change) => (change.kind === 'issue' ? [change.issue.id] : []));
    expect(ids).toEqual([ISSUE.south]);
    expect(
      changes
        .filter((change) => change.kind === 'staff')
        .map((change) => change.kind === 'staff' && change.staff.id),
    ).toEqual(['st-south-dispatcher', 'st-south-supervisor']);
  });

  it('is stable: the same cursor gives the same page, or a longer one once more has happened', async () => {
    const start = await page(north, '?limit=10');
    const again = await page(north, `?limit=10&cursor=${start.cursor}`);
    const { cursor: end } = await readAll(north, FEED_MAX_LIMIT);
    const empty = await page(north, `?cursor=${end}`);
    expect(empty).toMatchObject({ changes: [], hasMore: false, cursor: end });

    await city.call('POST', '/sim/issues', { token: SIM_TOKEN, json: { companyId: 'co-north' } });
    expect((await page(north, `?limit=10&cursor=${start.cursor}`)).text).toBe(again.text);
    const longer = await page(north, `?cursor=${end}`);
    expect(longer.changes).toHaveLength(1);
    expect(longer.changes[0]?.kind).toBe('issue');
    expect(longer.cursor).not.toBe(end);
    // The cursor of an empty page is the one to poll with: it is never null and never moves back.
    expect((await page(north, `?cursor=${longer.cursor}`)).changes).toEqual([]);
  });

  it('never splits a mutation: a report and the issue it moved arrive on the same page', async () => {
    const { cursor } = await readAll(north, FEED_MAX_LIMIT);
    const token = await city.tokenOf('supervisor');
    const clientReportId = randomUUID();
    const sent = await city.call('POST', `/issues/${ISSUE.supervisorOwn}/reports`, {
      token,
      json: {
        clientReportId,
        text: 'Кровлю над подъездом залатали, течи больше нет.',
        photos: [{ sha256: sha256Of(NORTH_UPLOAD), role: 'after' }],
        completedAt: '2026-03-25T11:00:00+03:00',
      },
      headers: { 'idempotency-key': clientReportId },
    });
    expect(sent.status).toBe(201);
    // A page of one would split the report from its issue; it carries both instead.
    const one = await page(north, `?limit=1&cursor=${cursor}`);
    expect(one.changes.map((change) => change.kind)).toEqual(['report', 'issue']);
    expect(one.hasMore).toBe(false);

    // With a change before it, a page of two stops before the mutation instead of cutting it.
    await city.call('POST', '/sim/issues', { token: SIM_TOKEN, json: { companyId: 'co-north' } });
    const { cursor: beforeBoth } = await readAll(north, FEED_MAX_LIMIT);
    await city.call('POST', '/sim/issues', { token: SIM_TOKEN, json: { companyId: 'co-north' } });
    const reportId = randomUUID();
    await city.call('POST', `/issues/${ISSUE.reopened}/reports`, {
      token: await city.tokenOf('manager'),
      json: {
        clientReportId: reportId,
        text: 'Лифт отремонтирован, проверен и запущен.',
        photos: [],
        completedAt: '2026-03-25T11:00:00+03:00',
      },
      headers: { 'idempotency-key': reportId },
    });
    const two = await page(north, `?limit=2&cursor=${beforeBoth}`);
    expect(two.changes.map((change) => change.kind)).toEqual(['issue']);
    expect(two.hasMore).toBe(true);
    const rest = await page(north, `?limit=2&cursor=${two.cursor}`);
    expect(rest.changes.map((change) => change.kind)).toEqual(['report', 'issue']);
  });

  it('tombstones a withdrawn issue for the old company and gives a moved one to the new company', async () => {
    const northStart = (await readAll(north, FEED_MAX_LIMIT)).cursor;
    const southStart = (await readAll(south, FEED_MAX_LIMIT)).cursor;
    await city.call('POST', `/sim/issues/${ISSUE.inProgress}/withdraw`, {
      token: SIM_TOKEN,
      json: { toCompanyId: SOUTH },
    });
    await city.call('POST', `/sim/issues/${ISSUE.fresh}/withdraw`, { token: SIM_TOKEN });
    const northChanges = (await page(north, `?cursor=${northStart}`)).changes;
    expect(northChanges).toEqual([
      { kind: 'issue_removed', id: ISSUE.inProgress },
      { kind: 'issue_removed', id: ISSUE.fresh },
    ]);
    const southChanges = (await page(south, `?cursor=${southStart}`)).changes;
    expect(southChanges).toHaveLength(1);
    expect(southChanges[0]).toMatchObject({
      kind: 'issue',
      issue: { id: ISSUE.inProgress, status: 'new', assigneeId: null },
    });
  });

  it('answers 400 for a garbled, forged or another company’s cursor and for a limit that is not a positive integer', async () => {
    const northCursor = (await page(north, '?limit=3')).cursor;
    const [position = '', signature = ''] = northCursor.split('.');
    const forgedPosition = Buffer.from('v1:999999').toString('base64url');
    const bad = [
      'garbage',
      'djE6MTA',
      `${forgedPosition}.${signature}`,
      `${position}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`,
      `${northCursor}.extra`,
      `${position}`,
    ];
    for (const cursor of bad) {
      const result = await city.call('GET', `/changes?cursor=${encodeURIComponent(cursor)}`, {
        token: north,
      });
      expect(result.status).toBe(400);
      expect(Problem.parse(result.json).code).toBe('bad_request');
    }
    expect((await city.call('GET', `/changes?cursor=${northCursor}`, { token: south })).status).toBe(400);
    for (const limit of ['0', '-5', 'abc', '1.5', '']) {
      expect((await city.call('GET', `/changes?limit=${limit}`, { token: north })).status).toBe(400);
    }
  });
});
