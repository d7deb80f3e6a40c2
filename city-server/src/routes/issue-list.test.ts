import { describe, expect, it } from 'vitest';
import {
  ChangePage,
  ISSUES_DEFAULT_LIMIT,
  ISSUES_MAX_LIMIT,
  IssuePage,
  Problem,
  type Issue,
  type IssueStatus,
} from '@shared/domain';
import { bulkCitySuite, SIM_TOKEN } from '../test/harness';
import { ISSUE, NORTH, STAFF } from '../test/fixtures';

// GET /issues over real HTTP: the company's issues of some statuses in id order, page by
// page. What it should list is worked out from the change feed, the record of the bulk.city.

const BULK = 1200;

describe('GET /issues', () => {
  const bulk = bulkCitySuite(BULK);

  const page = async (token: string, query: string): Promise<IssuePage> => {
    const result = await bulk.city.call('GET', `/issues${query}`, { token });
    expect(result.status, result.text).toBe(200);
    return IssuePage.parse(result.json);
  };

  /** Every page from the first, following `next`; the query may name statuses. */
  const walk = async (token: string, query: string): Promise<{ issues: Issue[]; pages: number }> => {
    const issues: Issue[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const next: IssuePage = await page(
        token,
        `?${query}${after === null ? '' : `&after=${encodeURIComponent(after)}`}`,
      );
      pages += 1;
      issues.push(...next.issues);
      if (next.next !== null) expect(next.next).toBe(next.issues.at(-1)?.id);
      after = next.next;
    } while (after !== null);
    return { issues, pages };
  };

  /** The company's issues as the whole feed leaves them: the latest copy of each, less the removed. */
  const fromFeed = async (token: string): Promise<Map<string, Issue>> => {
    const issues = new Map<string, Issue>();
    let cursor: string | null = null;
    for (;;) {
      const result = await bulk.city.call(
        'GET',
        `/changes?limit=1000${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`,
        { token },
      );
      const feed = ChangePage.parse(result.json);
      for (const change of feed.changes) {
        if (change.kind === 'issue') issues.set(change.issue.id, change.issue);
        if (change.kind === 'issue_removed') issues.delete(change.id);
      }
      if (!feed.hasMore) return issues;
      cursor = feed.cursor;
    }
  };

  const idsOf = (issues: readonly Issue[]) => issues.map((issue) => issue.id);
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const withStatus = (issues: Map<string, Issue>, statuses: readonly IssueStatus[]) =>
    [...issues.values()].filter((issue) => statuses.includes(issue.status)).map((issue) => issue.id);

  it('lists every open issue exactly once across pages, in id order, each as the feed last gave it', async () => {
    const expected = await fromFeed(bulk.north);
    const open = withStatus(expected, ['new', 'in_progress', 'on_moderation', 'returned', 'reopened']);
    expect(open.length).toBeGreaterThan(BULK);

    const first = await page(bulk.north, '');
    expect(first.issues).toHaveLength(ISSUES_DEFAULT_LIMIT);
    expect(first.next).toBe(first.issues.at(-1)?.id);

    const { issues, pages } = await walk(bulk.north, 'limit=97');
    expect(pages).toBe(Math.ceil(open.length / 97));
    expect(idsOf(issues)).toEqual([...open].sort(byId));
    for (const issue of issues) expect(issue).toEqual(expected.get(issue.id));
    // The same walk with the largest pages gives the same issues.
    expect(idsOf((await walk(bulk.north, 'limit=1000')).issues)).toEqual(idsOf(issues));
  });

  it('ends with next: null, and a page after the last id is empty', async () => {
    const { issues } = await walk(bulk.north, 'limit=1000');
    const last = issues.at(-1)?.id ?? '';
    expect(await page(bulk.north, `?after=${encodeURIComponent(last)}`)).toEqual({ issues: [], next: null });
  });

  it('filters by the statuses asked for, and leaves out only resolved issues by default', async () => {
    const expected = await fromFeed(bulk.north);
    const resolved = await walk(bulk.north, 'status=resolved');
    expect(idsOf(resolved.issues)).toEqual(withStatus(expected, ['resolved']).sort(byId));
    expect(idsOf(resolved.issues)).toContain(ISSUE.resolved);

    const some = await walk(bulk.north, 'status=returned,reopened');
    expect(idsOf(some.issues)).toEqual([ISSUE.reopened, ISSUE.returned].sort(byId));
    // A repeated parameter is the same list.
    expect(idsOf((await walk(bulk.north, 'status=returned&status=reopened')).issues)).toEqual(
      idsOf(some.issues),
    );

    const byDefault = idsOf((await walk(bulk.north, 'limit=1000')).issues);
    expect(byDefault).not.toContain(ISSUE.resolved);
    for (const id of [ISSUE.fresh, ISSUE.inProgress, ISSUE.onModeration, ISSUE.returned, ISSUE.reopened])
      expect(byDefault).toContain(id);
    const every = await walk(
      bulk.north,
      'status=new,in_progress,on_moderation,returned,reopened,resolved&limit=1000',
    );
    expect(every.issues).toHaveLength(expected.size);
  });

  it('answers an unknown or empty status, a bad limit or an empty after with a 400 problem document', async () => {
    for (const query of [
      '?status=new,closed',
      '?status=',
      '?status=new,',
      '?limit=0',
      '?limit=ten',
      '?after=',
    ]) {
      const result = await bulk.city.call('GET', `/issues${query}`, { token: bulk.north });
      expect(result.status, query).toBe(400);
      expect(result.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(Problem.parse(result.json)).toMatchObject({ code: 'bad_request', status: 400 });
    }
  });

  it('clamps a larger limit to 1,000', async () => {
    const clamped = await page(bulk.north, '?limit=5000');
    expect(clamped.issues).toHaveLength(ISSUES_MAX_LIMIT);
    expect(clamped.next).toBe(clamped.issues.at(-1)?.id);
  });

  it('lists only the company’s own issues: never the neighbour’s, never one withdrawn from it', async () => {
    const ours = idsOf(
      (await walk(bulk.north, 'status=new,in_progress,resolved,returned,reopened,on_moderation')).issues,
    );
    expect(ours).not.toContain(ISSUE.south);
    expect(ours).not.toContain(ISSUE.withdrawn);
    const theirs = await walk(bulk.south, 'limit=1000');
    expect(idsOf(theirs.issues)).toEqual([ISSUE.south]);
    // `after` is a position: the neighbour's id leaks nothing of the neighbour's.
    const afterTheirs = await page(bulk.north, `?after=${ISSUE.south}&limit=1000`);
    expect(afterTheirs.issues.every((issue) => issue.id > ISSUE.south)).toBe(true);
    expect(idsOf(afterTheirs.issues)).not.toContain(ISSUE.south);
  });

  it('follows the city: an issue withdrawn leaves the list, an assigned one shows its new state', async () => {
    const filed = await bulk.city.call('POST', '/sim/issues', {
      token: SIM_TOKEN,
      json: { companyId: NORTH },
    });
    const created = (filed.json as { issue: Issue }).issue;
    const patched = await bulk.city.call('PATCH', `/issues/${created.id}`, {
      token: bulk.north,
      json: { assigneeId: STAFF.supervisor },
      headers: { 'If-Match': `"${created.rev}"` },
    });
    expect(patched.status, patched.text).toBe(200);
    const open = (await walk(bulk.north, 'limit=1000')).issues;
    expect(open.find((issue) => issue.id === created.id)).toMatchObject({
      status: 'in_progress',
      assigneeId: STAFF.supervisor,
      rev: created.rev + 1,
    });
    await bulk.city.call('POST', `/sim/issues/${created.id}/withdraw`, { token: SIM_TOKEN, json: {} });
    expect(idsOf((await walk(bulk.north, 'limit=1000')).issues)).not.toContain(created.id);
  });

  it('needs a valid access token', async () => {
    expect((await bulk.city.call('GET', '/issues')).status).toBe(401);
    const forged = await bulk.city.call('GET', '/issues', { token: 'not-a-token' });
    expect(forged.status).toBe(401);
    expect(Problem.parse(forged.json).code).toBe('unauthorized');
  });

  it('walks each status in the (company, status, id) index rather than every issue of the company', () => {
    const plan = bulk.city.server.store.db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT * FROM issues WHERE company_id = ? AND status = ? AND id > ? ORDER BY id LIMIT ?`,
      )
      .all(NORTH, 'new', '', 10) as { detail: string }[];
    const details = plan.map((step) => step.detail).join('; ');
    expect(details).toContain('issues_company_status_id');
    expect(details).not.toContain('TEMP B-TREE');
  });
});
