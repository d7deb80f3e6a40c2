import type { TFunction } from 'i18next';
import type { FirstScreen } from './first-screen';
import type { QueueSnapshot } from './queue-index';

/**
 * The line above the queue: how many rows are shown of how many; while the replica is still
 * being read, what is shown and that the rest is coming, never a count that is not final.
 */
export function shownText(
  t: TFunction,
  format: (value: number) => string,
  snapshot: QueueSnapshot,
  firstScreen: FirstScreen | null,
  shown: number,
): string {
  if (snapshot.loaded) return t('queue.shown', { shown: format(shown), total: format(snapshot.rows.length) });
  if (firstScreen && shown > 0)
    return t(firstScreen.complete ? 'queue.shownLoading' : 'queue.firstShown', { shown: format(shown) });
  const progress = snapshot.progress;
  return progress && progress.total > 0
    ? t('queue.loadingProgress', { read: format(progress.read), total: format(progress.total) })
    : t('queue.loading');
}
