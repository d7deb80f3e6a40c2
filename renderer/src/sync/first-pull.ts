import type { ChangePage } from '@shared/domain';
import type { FirstPullProgress, FirstPullState } from '../db/records';
import { pullFeed, type FeedPullDeps } from './feed-pull';
import { expectedDoneAtMs, expectedIssues, historyShare, type HistoryPace } from './first-pull-estimate';
import { pullOpenWork } from './open-work';

export interface FirstPullDeps extends FeedPullDeps {
  /** Records written so far in this call (open issues and feed changes). */
  onPage?: (applied: number, total: number) => void;
  /** The open work is in: what needs it at once (a supervisor's photos) may start. */
  onOpenWork?: () => void;
  onProgress?: (progress: FirstPullProgress) => void;
  /** GET /issues page size (the city's largest by default). */
  openWorkPageSize?: number;
}

const isoOrNull = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/** The oldest and latest receipt among a batch's issues, as epoch ms. */
function receiptsOf(batch: ChangePage): { oldest: number | null; latest: number | null } {
  let oldest: number | null = null;
  let latest: number | null = null;
  for (const change of batch.changes) {
    if (change.kind !== 'issue') continue;
    const at = Date.parse(change.issue.receivedAt);
    if (oldest === null || at < oldest) oldest = at;
    if (latest === null || at > latest) latest = at;
  }
  return { oldest, latest };
}

/**
 * The first pull of a replica: the company's open issues first, through GET /issues, so the
 * work is on screen in seconds; then the whole change feed behind them, from its beginning,
 * with the cursor moving as on any pull. The feed's older copies of an open issue never
 * overwrite the newer one (the higher `rev` wins), and what the feed brings that is not here
 * yet is written without reading back. Where it stands is kept in `meta.firstPull` with each
 * page, so an interrupted first pull resumes where it stopped. Returns the records written.
 */
export async function pullFirstRun(
  deps: FirstPullDeps,
  resumed: FirstPullState | undefined,
  cursor: string | null,
): Promise<number> {
  const { db } = deps;
  let state: FirstPullState = resumed ?? {
    stage: 'open_work',
    startedAt: deps.now().toISOString(),
    openAfter: null,
    openIssues: 0,
  };
  let total = 0;
  const progress = (patch: Partial<FirstPullProgress>): void =>
    deps.onProgress?.({
      stage: state.stage,
      startedAt: state.startedAt,
      openIssues: state.openIssues,
      issuesReceived: state.openIssues,
      issuesExpected: null,
      expectedDoneAt: null,
      historyFrom: null,
      historyThrough: null,
      ...patch,
    });

  if (state.stage === 'open_work') {
    progress({});
    state = await pullOpenWork(
      {
        db,
        client: deps.client,
        ...(deps.signal ? { signal: deps.signal } : {}),
        ...(deps.openWorkPageSize ? { pageSize: deps.openWorkPageSize } : {}),
        onPage: (next, written) => {
          state = next;
          total += written;
          deps.onPage?.(written, total);
          progress({});
        },
      },
      state,
    );
  }
  deps.onOpenWork?.();

  // What is here now may be newer than the feed's copies: the open work, or what an
  // interrupted history left (then its oldest receipt is where the history begins).
  const present = new Set((await db.issues.toCollection().primaryKeys()).map(String));
  const held = new Set(present);
  let fromMs: number | null = null;
  if (cursor !== null) {
    const oldest = await db.issues.orderBy('receivedAt').first();
    fromMs = oldest ? Date.parse(oldest.receivedAt) : null;
  }
  let throughMs: number | null = null;
  let pace: HistoryPace | null = null;
  const historyProgress = (): void => {
    const nowMs = deps.now().getTime();
    const share = historyShare({ nowMs, fromMs, throughMs });
    if (pace === null && share !== null) pace = { sinceMs: nowMs, shareThen: share };
    progress({
      issuesReceived: held.size,
      issuesExpected: expectedIssues(state.openIssues, held.size, share),
      expectedDoneAt: isoOrNull(expectedDoneAtMs(nowMs, share, pace)),
      historyFrom: isoOrNull(fromMs),
      historyThrough: isoOrNull(throughMs),
    });
  };
  historyProgress();

  const base = total;
  total += await pullFeed(deps, cursor, {
    // Screens show the open work while the history arrives: tell them which issues changed.
    applyOptions: {
      firstPull: true,
      present,
      precise: deps.writesAnnounced !== true && present.size > 0,
      offUiThread: deps.writesAnnounced === true,
    },
    onBatch: (batch, applied) => {
      deps.onPage?.(batch.changes.length, base + applied);
      for (const change of batch.changes) {
        if (change.kind === 'issue') held.add(change.issue.id);
        else if (change.kind === 'issue_removed') held.delete(change.id);
      }
      const { oldest, latest } = receiptsOf(batch);
      if (oldest !== null && (fromMs === null || oldest < fromMs)) fromMs = oldest;
      if (latest !== null && (throughMs === null || latest > throughMs)) throughMs = latest;
      historyProgress();
    },
  });

  state = { ...state, stage: 'done', openAfter: null };
  await db.setMeta('firstPull', state);
  progress({
    issuesReceived: held.size,
    issuesExpected: held.size,
    historyFrom: isoOrNull(fromMs),
    historyThrough: deps.now().toISOString(),
  });
  return total;
}
