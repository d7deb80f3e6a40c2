import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { bringToFront, createMainWindow, type CreatedWindow } from './window';

function fakeBrowserWindowClass() {
  const created: FakeWindow[] = [];
  class FakeWindow implements CreatedWindow {
    readyToShow: () => void = () => {};
    shown = false;
    maximized = false;
    constructor(readonly options: BrowserWindowConstructorOptions) {
      created.push(this);
    }
    once(_event: 'ready-to-show', listener: () => void) {
      this.readyToShow = listener;
    }
    show() {
      this.shown = true;
    }
    maximize() {
      this.maximized = true;
    }
  }
  return { FakeWindow, created };
}

describe('the main window', () => {
  it('is created sandboxed, isolated, without Node, webviews or middle-click windows', () => {
    const { FakeWindow } = fakeBrowserWindowClass();
    const window = createMainWindow(FakeWindow, {
      preloadPath: '/app/out/preload/index.cjs',
      title: 'Gorod Desk',
    });
    expect(window.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(window.options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('opens at the default size, and shows only when ready', () => {
    const { FakeWindow } = fakeBrowserWindowClass();
    const window = createMainWindow(FakeWindow, { preloadPath: '/p.cjs', title: 'Gorod Desk' });
    expect(window.options).toMatchObject({ width: 1440, height: 900, show: false });
    expect(window.shown).toBe(false);
    window.readyToShow();
    expect(window.shown).toBe(true);
    expect(window.maximized).toBe(false);
  });

  it('opens where it was last time, maximised if it was', () => {
    const { FakeWindow } = fakeBrowserWindowClass();
    const window = createMainWindow(FakeWindow, {
      preloadPath: '/p.cjs',
      title: 'Gorod Desk',
      iconPath: '/app/resources/icon.png',
      placement: { x: 2000, y: 40, width: 1600, height: 1000, maximized: true },
    });
    expect(window.options).toMatchObject({
      x: 2000,
      y: 40,
      width: 1600,
      height: 1000,
      icon: '/app/resources/icon.png',
    });
    expect(window.options).not.toHaveProperty('maximized');
    window.readyToShow();
    expect(window.maximized).toBe(true);
  });

  it('is brought to the front, restored from the taskbar first', () => {
    const window = { isMinimized: () => true, restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
    bringToFront(window);
    expect(window.restore).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });
});
