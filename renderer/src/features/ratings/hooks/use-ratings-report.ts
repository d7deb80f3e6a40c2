import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { unsentCount } from '../../../db/outbox';
import { useWorkspace } from '../../../app/session/session-context';
import type { RatingsReport } from '../compute/compute';
import type { PeriodChoice } from '../compute/period';
import { wantsWorker, type RatingsClient } from '../worker/client';
import { acquireRatingsClient, ratingsClientOf } from '../worker/kept-client';
import type { RatingsSource } from '../worker/protocol';

export interface RatingsState {
  report: RatingsReport | null;
  /** True while the figures of the chosen period or of a newer replica are being worked out. */
  computing: boolean;
  error: string | null;
  /** What the figures were computed from, for the export to use the same. */
  source: RatingsSource | null;
  client: RatingsClient | null;
}

/**
 * A cheap fingerprint of the replica: the feed cursor moves with every page pulled, the counts
 * with every withdrawal or report written here. The figures are worked out again when it changes.
 */
function useReplicaVersion(): { version: string; issues: number } | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(async () => {
    const [cursor, issues, reports, ratings, unsent] = await Promise.all([
      db.getMeta('cursor'),
      db.issues.count(),
      db.reports.count(),
      db.ratings.count(),
      unsentCount(db),
    ]);
    return { version: [cursor ?? '', issues, reports, ratings, unsent].join('|'), issues };
  }, [db]);
}

export function useRatingsReport(choice: PeriodChoice, nowMs: number): RatingsState {
  const { db } = useWorkspace();
  const replica = useReplicaVersion();
  const ready = replica !== undefined;
  // A worker only for a replica big enough to freeze the screen.
  const inWorker = replica !== undefined && wantsWorker(replica.issues);
  // Looking the client up while rendering starts nothing (the worker starts with the first
  // question); holding it is the effect's, which also cancels a release an earlier unmount began.
  const client = useMemo(() => (ready ? ratingsClientOf(db, inWorker) : null), [db, inWorker, ready]);
  useEffect(() => {
    if (client === null) return;
    return acquireRatingsClient(db, inWorker).release;
  }, [client, db, inWorker]);

  const version = replica?.version;
  const source = useMemo(
    () => (version === undefined ? null : { databaseName: db.name, version }),
    [db.name, version],
  );
  const [state, setState] = useState<{ report: RatingsReport | null; error: string | null; key: string }>({
    report: null,
    error: null,
    key: '',
  });
  const key = source === null ? '' : `${source.version}|${JSON.stringify(choice)}|${nowMs}`;

  useEffect(() => {
    if (client === null || source === null) return;
    let current = true;
    client.report(source, { choice, nowMs }).then(
      (report) => current && setState({ report, error: null, key }),
      (error: unknown) =>
        current &&
        setState((before) => ({
          ...before,
          error: error instanceof Error ? error.message : String(error),
          key,
        })),
    );
    return () => {
      current = false;
    };
  }, [client, source, choice, nowMs, key]);

  return {
    report: state.report,
    computing: state.key !== key,
    error: state.error,
    source,
    client,
  };
}
