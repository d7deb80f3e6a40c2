import type { TFunction } from 'i18next';
import type { DeskNotification } from '@shared/ipc';
import { topicName, type QueueLookups } from '../model/lookups';
import type { PlannedNotification } from './notification-plan';

/** More than this many at once become one summary: a burst of toasts helps nobody. */
export const MAX_SINGLE_NOTIFICATIONS = 3;

/** The planned notifications in words, each opening its issue when clicked. */
export function deskNotifications(
  planned: readonly PlannedNotification[],
  t: TFunction,
  lookups: QueueLookups,
): DeskNotification[] {
  return planned.flatMap((plan): DeskNotification[] => {
    const urgent = plan.kind === 'urgent';
    if (plan.rows.length > MAX_SINGLE_NOTIFICATIONS)
      return [
        {
          title: urgent
            ? t('queue.notifications.urgentManyTitle', { count: plan.rows.length })
            : t('queue.notifications.dueTodayManyTitle', { count: plan.rows.length }),
          body: urgent ? t('queue.notifications.urgentManyBody') : t('queue.notifications.dueTodayManyBody'),
          urgent,
        },
      ];
    return plan.rows.map((row) => {
      const values = { number: row.number, topic: topicName(lookups, row.categoryId), address: row.address };
      return {
        title: urgent
          ? t('queue.notifications.urgentTitle', values)
          : t('queue.notifications.dueTodayTitle', values),
        body: urgent
          ? t('queue.notifications.urgentBody', values)
          : t('queue.notifications.dueTodayBody', values),
        issueId: row.id,
        urgent,
      };
    });
  });
}
