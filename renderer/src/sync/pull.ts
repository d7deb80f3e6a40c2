import { pullFeed } from './feed-pull';
import { pullFirstRun, type FirstPullDeps } from './first-pull';

export { joinPages, yieldToEventLoop } from './feed-pull';

export type PullDeps = FirstPullDeps;

/**
 * Brings the replica up to date with the city; returns how many records it wrote. A replica
 * that has never finished a first pull gets one (the open work first, then the history, see
 * first-pull.ts); every later pull takes the change feed from the stored cursor.
 */
export async function pullChanges(deps: PullDeps): Promise<number> {
  const { db } = deps;
  const cursor = (await db.getMeta('cursor')) ?? null;
  const firstPull = await db.getMeta('firstPull');
  // A replica whose first pull ran before open work came first has a cursor and no state.
  const pastFirstPull = firstPull === undefined ? cursor !== null : firstPull.stage === 'done';
  if (!pastFirstPull) return pullFirstRun(deps, firstPull, cursor);
  return pullFeed(deps, cursor, {
    applyOptions: deps.writesAnnounced === true ? { precise: false, offUiThread: true } : {},
    onBatch: (batch, total) => deps.onPage?.(batch.changes.length, total),
  });
}
