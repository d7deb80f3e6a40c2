import type { IssueRecord } from '../../renderer/src/db/records';
import { createDb } from '../../renderer/src/db/database';
import { announceWrites } from '../../renderer/src/db/replica-writes';
import { CityClient, signIn } from '../../renderer/src/city/client';
import { CitySession } from '../../renderer/src/city/session';
import { pullChanges } from '../../renderer/src/sync/pull';

// Runs in a dedicated worker, as the app's pull does (sync/worker/pull.worker.ts): a full first
// pull (the open work, then the change feed) into a fresh IndexedDB whose writes are announced,
// then a raw Dexie bulkPut of the very same records into another fresh database, in the same
// worker. The page (page.ts) watches its own UI thread meanwhile.

export interface PullRunResult {
  issues: number;
  pullMs: number;
  bulkPutMs: number;
  /** The first pull's own progress, as the sync status shows it, a few times along the way. */
  progress: {
    atMs: number;
    stage: string;
    received: number;
    expected: number | null;
    doneInMs: number | null;
  }[];
  /** The same feed fetched and parsed without writing anything. */
  fetchOnlyMs: number;
  changes: number;
  reports: number;
  ratings: number;
}

export async function runPull(serverUrl: string): Promise<PullRunResult> {
  const tokens = await signIn(serverUrl, 'dispatcher', 'demo');
  const session = new CitySession(serverUrl, tokens, { onTokens: async () => {}, onLost: () => {} });
  const client = new CityClient(serverUrl, session, 120_000);
  const pulled = announceWrites(createDb({ name: `bench-pull-${Date.now()}` }));
  await pulled.open();

  const progress: PullRunResult['progress'] = [];
  const started = performance.now();
  const changes = await pullChanges({
    db: pulled,
    client,
    now: () => new Date(),
    writesAnnounced: true,
    onProgress: (step) => {
      const atMs = performance.now() - started;
      if (step.stage === 'history' && atMs - (progress.at(-1)?.atMs ?? 0) < 2_000) return;
      progress.push({
        atMs,
        stage: step.stage,
        received: step.issuesReceived,
        expected: step.issuesExpected,
        doneInMs: step.expectedDoneAt === null ? null : Date.parse(step.expectedDoneAt) - Date.now(),
      });
    },
  });
  const pullMs = performance.now() - started;

  // Where the time goes: the feed alone (fetch + parse), with no writes.
  let cursor: string | null = null;
  const fetchStarted = performance.now();
  for (;;) {
    const page = await client.changes(cursor);
    cursor = page.cursor;
    if (!page.hasMore) break;
  }
  const fetchOnlyMs = performance.now() - fetchStarted;

  // The limit: the very records the pull stored (the feed carries reports and ratings as well
  // as issues), written with plain bulkPuts into the same tables of a fresh database.
  const records: IssueRecord[] = await pulled.issues.toArray();
  const reports = await pulled.reports.toArray();
  const ratings = await pulled.ratings.toArray();
  const raw = createDb({ name: `bench-raw-${Date.now()}` });
  await raw.open();
  const rawStarted = performance.now();
  await raw.transaction('rw', raw.issues, raw.reports, raw.ratings, async () => {
    await raw.issues.bulkPut(records);
    await raw.reports.bulkPut(reports);
    await raw.ratings.bulkPut(ratings);
  });
  const bulkPutMs = performance.now() - rawStarted;

  return {
    issues: records.length,
    pullMs,
    bulkPutMs,
    fetchOnlyMs,
    progress,
    changes,
    reports: await pulled.reports.count(),
    ratings: await pulled.ratings.count(),
  };
}
