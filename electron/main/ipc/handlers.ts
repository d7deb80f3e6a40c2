import type { App, Shell, WebContents } from 'electron';
import type { CredentialStore } from '../services/credentials';
import type { Exporter } from '../services/export';
import type { Notifier } from '../services/notifications';
import type { SettingsStore } from '../services/settings';
import type { DeskTray } from '../services/tray';
import { appHandlers } from './app';
import { credentialsHandlers } from './credentials';
import { exportHandlers } from './export';
import { notificationsHandlers } from './notifications';
import type { DeskHandlers } from './register';
import { settingsHandlers } from './settings';
import { shellHandlers } from './shell';
import { trayHandlers } from './tray';

export interface DeskServices<W> {
  app: Pick<App, 'getName' | 'getVersion'>;
  /** The operating system, for the About box and bug reports. */
  os: string;
  shell: Pick<Shell, 'openExternal'>;
  settings: SettingsStore;
  credentials: CredentialStore;
  notifier: Notifier;
  tray: Pick<DeskTray, 'setPendingCount'>;
  exporter: Exporter<W>;
  windowOf: (page: WebContents) => W | null;
}

/** Every channel of the contract with its handler; the return type makes a missing one a compile error. */
export function deskHandlers<W>(services: DeskServices<W>): DeskHandlers {
  return {
    ...appHandlers(services.app, services.os),
    ...shellHandlers(services.shell),
    ...settingsHandlers(services.settings),
    ...credentialsHandlers(services.credentials),
    ...notificationsHandlers(services.notifier),
    ...trayHandlers(services.tray),
    ...exportHandlers(services.exporter, services.windowOf),
  };
}
