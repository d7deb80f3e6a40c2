import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '@shared/ipc';
import { APP_NAME, mainStrings } from '../i18n';
import type { MenuFactory } from './tray';

/** The city portal residents write to; on the allow-list of external links. */
export const PORTAL_URL = 'https://gorod.mos.ru/';

export interface AppMenuActions {
  syncNow: () => void;
  showAbout: () => void;
  openPortal: () => void;
}

export interface AppMenuOptions {
  language: Language;
  platform: NodeJS.Platform;
  /** Reload and developer tools only while developing: a reload drops what the page holds in memory. */
  isDev: boolean;
  actions: AppMenuActions;
}

/** The application menu, in the language of the settings; macOS gets its app menu first. */
export function appMenuTemplate({
  language,
  platform,
  isDev,
  actions,
}: AppMenuOptions): MenuItemConstructorOptions[] {
  const text = mainStrings[language].menu;
  const isMac = platform === 'darwin';
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const macAppMenu: MenuItemConstructorOptions = {
    label: APP_NAME,
    submenu: [
      { label: `${text.about} ${APP_NAME}`, click: actions.showAbout },
      separator,
      { role: 'services', label: text.services },
      separator,
      { role: 'hide', label: text.hide },
      { role: 'hideOthers', label: text.hideOthers },
      { role: 'unhide', label: text.showAll },
      separator,
      { role: 'quit', label: `${text.quit} ${APP_NAME}` },
    ],
  };

  const file: MenuItemConstructorOptions = {
    label: text.file,
    submenu: [
      // F5 means "refresh" to everyone; the page is never reloaded in production, so it is free.
      { label: text.syncNow, accelerator: 'F5', click: actions.syncNow },
      separator,
      isMac ? { role: 'close', label: text.closeWindow } : { role: 'quit', label: text.quit },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: text.edit,
    submenu: [
      { role: 'undo', label: text.undo },
      { role: 'redo', label: text.redo },
      separator,
      { role: 'cut', label: text.cut },
      { role: 'copy', label: text.copy },
      { role: 'paste', label: text.paste },
      separator,
      { role: 'selectAll', label: text.selectAll },
    ],
  };

  const devItems: MenuItemConstructorOptions[] = isDev
    ? [
        { role: 'reload', label: text.reload },
        { role: 'forceReload', label: text.forceReload },
        { role: 'toggleDevTools', label: text.devTools },
        separator,
      ]
    : [];
  const view: MenuItemConstructorOptions = {
    label: text.view,
    submenu: [
      ...devItems,
      { role: 'resetZoom', label: text.resetZoom },
      { role: 'zoomIn', label: text.zoomIn },
      { role: 'zoomOut', label: text.zoomOut },
      separator,
      { role: 'togglefullscreen', label: text.fullScreen },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: text.window,
    submenu: isMac
      ? [
          { role: 'minimize', label: text.minimize },
          { role: 'zoom', label: text.zoom },
          separator,
          { role: 'front', label: text.front },
        ]
      : [
          { role: 'minimize', label: text.minimize },
          { role: 'close', label: text.closeWindow },
        ],
  };

  const help: MenuItemConstructorOptions = {
    label: text.help,
    submenu: [
      ...(isMac ? [] : [{ label: text.about, click: actions.showAbout }, separator]),
      { label: text.portal, click: actions.openPortal },
    ],
  };

  return [...(isMac ? [macAppMenu] : []), file, edit, view, windowMenu, help];
}

export interface ApplicationMenu<M> extends MenuFactory<M> {
  setApplicationMenu(menu: M): void;
}

/** Builds and installs the menu; called again whenever the language changes. */
export function installAppMenu<M>(Menu: ApplicationMenu<M>, options: AppMenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(options)));
}
