import type { TFunction } from 'i18next';
import type { FirstPullProgress } from '../../../db/records';

export interface EmptyQueueState {
  /** The whole replica is read into the queue's index. */
  loaded: boolean;
  /** Rows in the replica, whatever the query. */
  replicaRows: number;
  /** The first pull's stage; null before it began or for a replica filled before first pulls were staged. */
  firstPull: FirstPullProgress['stage'] | null;
}

/**
 * What the queue says when no row is shown: never "nothing matches" while there may be rows on
 * their way, from the local replica or, on a first sign-in, from the city.
 */
export function emptyQueueText(t: TFunction, { loaded, replicaRows, firstPull }: EmptyQueueState): string {
  if (firstPull === 'open_work') return t('queue.pullingOpenWork');
  if (!loaded) return t('queue.loadingRows');
  if (firstPull === 'history') return t('queue.pullingHistory');
  return replicaRows === 0 ? t('queue.emptyReplica') : t('queue.empty');
}
