import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { createDeskTray, type TrayIcon } from './tray';

type Template = MenuItemConstructorOptions[];

function fakeTray() {
  const state = {
    iconPath: '',
    toolTip: '',
    title: '',
    menu: [] as Template,
    destroyed: false,
    onClick: () => {},
  };
  class FakeTray implements TrayIcon<Template> {
    constructor(iconPath: string) {
      state.iconPath = iconPath;
    }
    setToolTip(toolTip: string) {
      state.toolTip = toolTip;
    }
    setTitle(title: string) {
      state.title = title;
    }
    setContextMenu(menu: Template) {
      state.menu = menu;
    }
    on(_event: 'click', listener: () => void) {
      state.onClick = listener;
    }
    destroy() {
      state.destroyed = true;
    }
  }
  return { FakeTray, state };
}

const labels = (menu: Template) => menu.filter((item) => item.label).map((item) => item.label);
const clickOf = (menu: Template, label: string) => menu.find((entry) => entry.label === label)?.click;

describe('the tray icon', () => {
  const setup = (language: 'ru' | 'en' = 'ru') => {
    const { FakeTray, state } = fakeTray();
    const actions = { syncNow: vi.fn(), open: vi.fn(), quit: vi.fn() };
    const tray = createDeskTray({
      Tray: FakeTray,
      Menu: { buildFromTemplate: (template) => template },
      iconPath: '/app/resources/tray.png',
      language,
      actions,
    });
    return { tray, state, actions };
  };

  it('shows the pending count in the tooltip, the title and the menu, in Russian by default', () => {
    const { tray, state } = setup();
    expect(state.iconPath).toBe('/app/resources/tray.png');
    expect(state.toolTip).toBe('Gorod Desk — всё отправлено');
    expect(state.title).toBe('');
    tray.setPendingCount(3);
    expect(state.toolTip).toBe('Gorod Desk — не отправлено: 3');
    expect(state.title).toBe('3');
    expect(labels(state.menu)).toEqual([
      'Gorod Desk — не отправлено: 3',
      'Синхронизировать сейчас',
      'Открыть',
      'Выход',
    ]);
  });

  it('follows the language setting', () => {
    const { tray, state } = setup();
    tray.setPendingCount(2);
    tray.setLanguage('en');
    expect(state.toolTip).toBe('Gorod Desk — unsent: 2');
    expect(labels(state.menu)).toEqual(['Gorod Desk — unsent: 2', 'Sync now', 'Open', 'Quit']);
  });

  it('runs Sync now, Open and Quit; a click on the icon opens the window', () => {
    const { state, actions } = setup('en');
    expect(clickOf(state.menu, 'Sync now')).toBe(actions.syncNow);
    expect(clickOf(state.menu, 'Open')).toBe(actions.open);
    expect(clickOf(state.menu, 'Quit')).toBe(actions.quit);
    state.onClick();
    expect(actions.open).toHaveBeenCalledTimes(1);
  });

  it('can be removed', () => {
    const { tray, state } = setup();
    tray.destroy();
    expect(state.destroyed).toBe(true);
  });
});
