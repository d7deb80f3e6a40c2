import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowPlacement } from './services/window-state';

export interface MainWindowOptions {
  preloadPath: string;
  iconPath?: string | undefined;
  title: string;
  /** Where the window was when the app was last closed, if that is still on a display. */
  placement?: WindowPlacement;
}

/** The part of BrowserWindow touched while the window is being created. */
export interface CreatedWindow {
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  maximize(): void;
}

const defaultSize = { width: 1440, height: 900 };

/**
 * The main window. Its webPreferences are written out in full right here, at the
 * constructor, so that both a reader and the static security scan see them: the page gets
 * no Node and no Electron, only `window.desk` from the sandboxed preload.
 */
export function createMainWindow<W extends CreatedWindow>(
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => W,
  options: MainWindowOptions,
): W {
  const { maximized = false, ...bounds } = options.placement ?? {};
  const window = new BrowserWindow({
    ...defaultSize,
    ...bounds,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: options.title,
    backgroundColor: '#f4f6f8',
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // A middle click would open a link in a new window; none is ever wanted.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show();
  });
  return window;
}

/** The part of BrowserWindow needed to bring it to the person's attention. */
export interface FocusableWindow {
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/** Shows the window in front: after a notification click, a deep link or a second launch. */
export function bringToFront(window: FocusableWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
