import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { unsentCount } from '../../../db/outbox';
import { useWorkspace } from '../../../app/session/session-context';
import type { RatingsFigures } from '../compute/compute';
import type { PeriodRepeats } from '../compute/period-repeats';
import type { PeriodChoice } from '../compute/period';
import { wantsWorker, type RatingsClient } from '../worker/client';
import { acquireRatingsClient, ratingsClientOf } from '../worker/kept-client';
import type { RatingsSource } from '../worker/protocol';

export interface RatingsState {
  /** Every figure but the repeats, shown as soon as they are worked out. */
  report: RatingsFigures | null;
  /** The repeat complaints of the figures shown; null while they are still being worked out. */
  repeats: PeriodRepeats | null;
  /** True while the figures or the repeats of the chosen period or of a newer replica are being worked out. */
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

interface FiguresState {
  report: RatingsFigures | null;
  repeats: PeriodRepeats | null;
  error: string | null;
  /** The source, period and "now" the figures and the repeats held are of. */
  reportKey: string;
  repeatsKey: string;
}

const NOTHING_YET: FiguresState = { report: null, repeats: null, error: null, reportKey: '', repeatsKey: '' };

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
  const [state, setState] = useState<FiguresState>(NOTHING_YET);
  const key = source === null ? '' : `${source.version}|${JSON.stringify(choice)}|${nowMs}`;

  useEffect(() => {
    if (client === null || source === null) return;
    let current = true;
    const failed = (error: unknown) =>
      current &&
      setState((before) => ({
        ...before,
        error: error instanceof Error ? error.message : String(error),
        reportKey: key,
        repeatsKey: key,
      }));
    const query = { choice, nowMs };
    // Both asked at once: the worker answers in turn, the figures first (the repeats take a
    // sweep through the whole replica of their own, once per load), so the screen fills in
    // while the repeats are still on their way.
    client
      .report(source, query)
      .then(
        (report) => current && setState((before) => ({ ...before, report, error: null, reportKey: key })),
        failed,
      );
    client
      .repeats(source, query)
      .then((repeats) => current && setState((before) => ({ ...before, repeats, repeatsKey: key })), failed);
    return () => {
      current = false;
    };
  }, [client, source, choice, nowMs, key]);

  return {
    report: state.report,
    // Repeats of another period or replica than the figures shown are not shown with them.
    repeats: state.repeatsKey === state.reportKey ? state.repeats : null,
    computing: state.reportKey !== key || state.repeatsKey !== key,
    error: state.error,
    source,
    client,
  };
}
