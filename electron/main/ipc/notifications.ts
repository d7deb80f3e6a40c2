import type { DeskNotification } from '@shared/ipc';
import type { Notifier } from '../services/notifications';
import type { DeskHandlers } from './register';

export function notificationsHandlers(notifier: Notifier) {
  return {
    'notifications:show': (notification: DeskNotification) => {
      notifier.show(notification);
      return null;
    },
  } satisfies Pick<DeskHandlers, 'notifications:show'>;
}
