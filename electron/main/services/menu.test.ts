import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { appMenuTemplate, installAppMenu, type AppMenuOptions } from './menu';

type Template = MenuItemConstructorOptions[];

const actions = { syncNow: vi.fn(), showAbout: vi.fn(), openPortal: vi.fn() };
const options = (overrides: Partial<AppMenuOptions> = {}): AppMenuOptions => ({
  language: 'ru',
  platform: 'linux',
  isDev: false,
  actions,
  ...overrides,
});

const submenuOf = (template: Template, label: string): Template => {
  const submenu = template.find((item) => item.label === label)?.submenu;
  if (!Array.isArray(submenu)) throw new Error(`no submenu ${label}`);
  return submenu;
};
const rolesOf = (items: Template) => items.filter((item) => item.role).map((item) => item.role);
const labelsOf = (items: Template) =>
  items.filter((item) => item.type !== 'separator').map((item) => item.label);

describe('the application menu', () => {
  it('is in Russian by default: Файл, Правка, Вид, Окно, Справка', () => {
    const template = appMenuTemplate(options());
    expect(template.map((item) => item.label)).toEqual(['Файл', 'Правка', 'Вид', 'Окно', 'Справка']);
    expect(labelsOf(submenuOf(template, 'Файл'))).toEqual(['Синхронизировать', 'Выход']);
    expect(labelsOf(submenuOf(template, 'Справка'))).toEqual(['О программе', 'Портал «Наш город»']);
  });

  it('is in English when the settings say so', () => {
    const template = appMenuTemplate(options({ language: 'en' }));
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(labelsOf(submenuOf(template, 'File'))).toEqual(['Sync', 'Quit']);
  });

  it('runs the app actions: sync, about, the portal through the allow-listed opener', () => {
    const template = appMenuTemplate(options());
    const file = submenuOf(template, 'Файл');
    expect(file[0]).toMatchObject({ click: actions.syncNow, accelerator: 'F5' });
    const help = submenuOf(template, 'Справка');
    expect(help.find((item) => item.label === 'О программе')?.click).toBe(actions.showAbout);
    expect(help.find((item) => item.label === 'Портал «Наш город»')?.click).toBe(actions.openPortal);
  });

  it('has the standard editing roles', () => {
    expect(rolesOf(submenuOf(appMenuTemplate(options()), 'Правка'))).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
  });

  it('offers reload and developer tools only while developing', () => {
    expect(rolesOf(submenuOf(appMenuTemplate(options()), 'Вид'))).toEqual([
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
    ]);
    expect(rolesOf(submenuOf(appMenuTemplate(options({ isDev: true })), 'Вид'))).toEqual([
      'reload',
      'forceReload',
      'toggleDevTools',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
    ]);
  });

  it('puts the macOS app menu first, with About, Hide and Quit there', () => {
    const template = appMenuTemplate(options({ platform: 'darwin' }));
    expect(template.map((item) => item.label)).toEqual([
      'Gorod Desk',
      'Файл',
      'Правка',
      'Вид',
      'Окно',
      'Справка',
    ]);
    const appMenu = submenuOf(template, 'Gorod Desk');
    expect(rolesOf(appMenu)).toEqual(['services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(appMenu[0]?.click).toBe(actions.showAbout);
    expect(rolesOf(submenuOf(template, 'Файл'))).toEqual(['close']);
    expect(labelsOf(submenuOf(template, 'Справка'))).toEqual(['Портал «Наш город»']);
  });

  it('is installed as the application menu', () => {
    const setApplicationMenu = vi.fn();
    installAppMenu(
      { buildFromTemplate: (template: Template) => ({ template }), setApplicationMenu },
      options(),
    );
    expect(setApplicationMenu).toHaveBeenCalledWith({ template: appMenuTemplate(options()) });
  });
});
