import {
  fixtureWorldWithManyIssues,
  ISSUE,
  NORTH,
  REPORT,
  STAFF,
} from '../../../../city-server/src/test/fixtures';
import type { TestServer } from '../../../../city-server/src/test/harness';
import { Issue, IssueEnvelope } from '@shared/domain';
import type { CityClient } from '../../city/client';
import type { DeskDb } from '../../db/database';
import { pullFeed } from '../feed-pull';
import { freshDb, sim, startCity } from './harness';

// For the first-pull tests: a city whose feed holds several copies of some issues, a
// removal and issues filed late, and the replica the feed alone leaves, to compare with.

/** A city of the fixture issues and `bulk` more, with a history of changes after the seed. */
export async function startStirredCity(bulk: number): Promise<TestServer> {
  const city = await startCity({ world: fixtureWorldWithManyIssues(bulk) });
  const manager = await city.tokenOf('manager');
  const patch = async (id: string, json: unknown) => {
    const current = Issue.parse((await city.call('GET', `/issues/${id}`, { token: manager })).json);
    const result = await city.call('PATCH', `/issues/${id}`, {
      token: manager,
      json,
      headers: { 'If-Match': `"${current.rev}"` },
    });
    if (result.status !== 200) throw new Error(`PATCH ${id}: ${result.status} ${result.text}`);
    return IssueEnvelope.parse(result.json).issue;
  };
  // An open issue with three copies in the feed, the newest last.
  await patch(ISSUE.fresh, { assigneeId: STAFF.supervisor });
  await patch(ISSUE.fresh, { priority: 'urgent' });
  await patch('is-bulk-3', { priority: 'high' });
  // One leaves the open work, one comes back to it, one is withdrawn.
  await sim(city, 'POST', `/sim/reports/${REPORT.onModeration}/decision`, { decision: 'accept' });
  await sim(city, 'POST', `/sim/issues/${ISSUE.resolved}/dispute`);
  await sim(city, 'POST', `/sim/issues/${ISSUE.inProgress}/withdraw`, {});
  for (let index = 0; index < 3; index += 1) await sim(city, 'POST', '/sim/issues', { companyId: NORTH });
  return city;
}

const byKey = <T>(rows: T[], key: (row: T) => string): T[] =>
  [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

/** What a replica holds of the city's records, in a form two replicas can be compared in. */
export async function replicaOf(db: DeskDb) {
  return {
    issues: byKey(await db.issues.toArray(), (issue) => issue.id),
    reports: byKey(await db.reports.toArray(), (report) => report.clientReportId),
    ratings: byKey(await db.ratings.toArray(), (rating) => rating.id),
    staff: byKey(await db.staff.toArray(), (staff) => staff.id),
    categories: byKey(await db.categories.toArray(), (category) => category.id),
    cursor: await db.getMeta('cursor'),
  };
}

/** The replica the whole feed leaves when applied the careful way (every copy read back), alone. */
export async function feedOnlyReplica(client: CityClient) {
  const db = freshDb();
  try {
    await pullFeed({ db, client, now: () => new Date() }, null, { applyOptions: {} });
    return await replicaOf(db);
  } finally {
    db.close();
  }
}
