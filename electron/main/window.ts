import type { BrowserWindow as BrowserWindowClass, BrowserWindowConstructorOptions } from 'electron';

export interface MainWindowOptions {
  preloadPath: string;
  iconPath?: string;
  title: string;
}

/** The options every app window is created with: the renderer gets no Node and no Electron, only `window.desk`. */
export function mainWindowOptions(options: MainWindowOptions): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
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
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: true,
    },
  };
}

export function createMainWindow(
  BrowserWindow: typeof BrowserWindowClass,
  options: MainWindowOptions,
): BrowserWindowClass {
  const window = new BrowserWindow(mainWindowOptions(options));
  window.once('ready-to-show', () => window.show());
  return window;
}
