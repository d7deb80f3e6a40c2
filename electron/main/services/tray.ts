import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '@shared/ipc';
import { mainStrings } from '../i18n';

/** The part of Electron's Tray used here; `M` is the menu type (Electron's Menu, or a template in tests). */
export interface TrayIcon<M> {
  setToolTip(toolTip: string): void;
  setTitle(title: string): void;
  setContextMenu(menu: M): void;
  on(event: 'click', listener: () => void): unknown;
  destroy(): void;
}

export interface MenuFactory<M> {
  buildFromTemplate(template: MenuItemConstructorOptions[]): M;
}

export interface TrayActions {
  syncNow: () => void;
  open: () => void;
  quit: () => void;
}

export interface DeskTrayOptions<M> {
  Tray: new (iconPath: string) => TrayIcon<M>;
  Menu: MenuFactory<M>;
  iconPath: string;
  language: Language;
  actions: TrayActions;
}

export interface DeskTray {
  setPendingCount(count: number): void;
  setLanguage(language: Language): void;
  destroy(): void;
}

export function trayMenuTemplate(
  language: Language,
  pendingCount: number,
  actions: TrayActions,
): MenuItemConstructorOptions[] {
  const text = mainStrings[language].tray;
  return [
    // Linux tray hosts (AppIndicator) show no tooltip, so the count is also the menu's first line.
    { label: text.pending(pendingCount), enabled: false },
    { type: 'separator' },
    { label: text.syncNow, click: actions.syncNow },
    { label: text.open, click: actions.open },
    { type: 'separator' },
    { label: text.quit, click: actions.quit },
  ];
}

/** The tray icon: how many changes wait to be sent, "Sync now", "Open" and "Quit". */
export function createDeskTray<M>(options: DeskTrayOptions<M>): DeskTray {
  const tray = new options.Tray(options.iconPath);
  let language = options.language;
  let pendingCount = 0;

  function render(): void {
    tray.setToolTip(mainStrings[language].tray.pending(pendingCount));
    // macOS shows the title beside the icon: the bare number, or nothing when all is sent.
    tray.setTitle(pendingCount > 0 ? String(pendingCount) : '');
    tray.setContextMenu(
      options.Menu.buildFromTemplate(trayMenuTemplate(language, pendingCount, options.actions)),
    );
  }

  tray.on('click', options.actions.open);
  render();

  return {
    setPendingCount(count) {
      if (count === pendingCount) return;
      pendingCount = count;
      render();
    },
    setLanguage(next) {
      if (next === language) return;
      language = next;
      render();
    },
    destroy: () => tray.destroy(),
  };
}
