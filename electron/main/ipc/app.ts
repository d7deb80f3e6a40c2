import type { App } from 'electron';
import type { AppInfo } from '@shared/ipc';
import type { DeskHandlers } from './register';

export function appHandlers(app: Pick<App, 'getName' | 'getVersion'>, os: string) {
  return {
    'app:info': (): AppInfo => ({ name: app.getName(), version: app.getVersion(), platform: 'electron', os }),
  } satisfies Pick<DeskHandlers, 'app:info'>;
}
