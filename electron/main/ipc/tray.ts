import type { DeskTray } from '../services/tray';
import type { DeskHandlers } from './register';

export function trayHandlers(tray: Pick<DeskTray, 'setPendingCount'>) {
  return {
    'tray:set-pending-count': (count: number) => {
      tray.setPendingCount(count);
      return null;
    },
  } satisfies Pick<DeskHandlers, 'tray:set-pending-count'>;
}
