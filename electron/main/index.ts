import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  Notification,
  safeStorage,
  screen,
  session,
  shell,
  Tray,
} from 'electron';
import { join, resolve } from 'node:path';
import { release, type as osType } from 'node:os';
import { defaultSettings, type DeskSettings, type Language } from '@shared/ipc';
import type { DeskEvent } from '@shared/ipc/events';
import { bringToFront, createMainWindow } from './window';
import { askBeforeClosingUnsaved } from './services/unsaved-close';
import { applyPermissionPolicy, hardenWebContents, isAppUrl, openAllowedExternal } from './security';
import { contentSecurityPolicy, installCspHeader, originOf } from './csp';
import { APP_NAME } from './i18n';
import { registerDeskHandlers } from './ipc/register';
import { deskHandlers } from './ipc/handlers';
import { aboutBoxOptions } from './services/about';
import { createCredentialStore, electronCipher } from './services/credentials';
import { createDeepLinkRouter, registerProtocolClient } from './services/deep-link';
import { createDeskEventQueue } from './services/desk-events';
import { createExporter, electronSaveDialog } from './services/export';
import { createFileLog } from './services/log';
import { installAppMenu, PORTAL_URL } from './services/menu';
import { createNotifier } from './services/notifications';
import { createSettingsStore } from './services/settings';
import { claimSingleInstance } from './services/single-instance';
import { createDeskTray, type DeskTray } from './services/tray';
import { placementFor, readWindowState, trackWindowState } from './services/window-state';

// Lifecycle only: every piece of behaviour lives in a module that takes the Electron objects it uses.

const APP_ID = 'ru.gorod-desk.app';
// The end-to-end tests run the app on a profile of their own, never the person's.
const userDataOverride = process.env['GORODDESK_USER_DATA'];
if (userDataOverride) app.setPath('userData', resolve(userDataOverride));
const rendererDevUrl = process.env['ELECTRON_RENDERER_URL'];
// `electron .` from a checkout (npm start, the e2e tests) counts as development: reload and dev tools in the menu.
const isDev = !app.isPackaged;
const rendererFile = join(import.meta.dirname, '../renderer/index.html');
const appOrigin = rendererDevUrl ?? 'file://';
const userData = app.getPath('userData');
const resourcesDir = app.isPackaged
  ? join(process.resourcesPath, 'resources')
  : join(app.getAppPath(), 'resources');
const iconPath = join(resourcesDir, 'icon.png');

const log = createFileLog({
  dir: join(userData, 'logs'),
  ...(isDev ? { echo: (line: string) => console.log(`[gorod-desk] ${line}`) } : {}),
});
const events = createDeskEventQueue(log);
const deepLinks = createDeepLinkRouter((event) => events.send(event), log);
const windowStateFile = join(userData, 'window-state.json');
let mainWindow: BrowserWindow | null = null;
/** The settings as they stand: the defaults until start() has read them. */
let current: DeskSettings = defaultSettings;

process.on('unhandledRejection', (reason) => log(`unhandled rejection: ${String(reason)}`));

/** The main window, created (where it was last time) if there is none. */
function openMainWindow(): BrowserWindow {
  if (mainWindow && !mainWindow.isDestroyed()) return mainWindow;
  const window = createMainWindow(BrowserWindow, {
    preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
    iconPath,
    title: APP_NAME,
    placement: placementFor(readWindowState(windowStateFile, log), screen.getAllDisplays()),
  });
  trackWindowState(window, windowStateFile, { log });
  events.attach(window.webContents);
  askBeforeClosingUnsaved(
    window.webContents,
    (options) => dialog.showMessageBoxSync(window, options),
    () => current.language,
  );
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  const loading = rendererDevUrl ? window.loadURL(rendererDevUrl) : window.loadFile(rendererFile);
  loading.catch((error: unknown) => log(`the page did not load: ${String(error)}`));
  mainWindow = window;
  return window;
}

const showMainWindow = () => bringToFront(openMainWindow());
const sendToPage = (event: DeskEvent) => {
  openMainWindow();
  events.send(event);
};

app.enableSandbox();

if (
  claimSingleInstance(app, (argv) => {
    if (app.isReady()) showMainWindow();
    deepLinks.openFromArgv(argv);
  })
) {
  // macOS hands links over by event, possibly before the app is ready.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    if (app.isReady()) showMainWindow();
    deepLinks.open(url);
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appOrigin, shell, log));
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  log(`starting ${APP_NAME} ${app.getVersion()} on ${process.platform}${isDev ? ' (development)' : ''}`);
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  registerProtocolClient(
    app,
    {
      defaultApp: process.defaultApp,
      execPath: process.execPath,
      appPath: process.argv[1] ? resolve(process.argv[1]) : undefined,
    },
    log,
  );

  const settings = createSettingsStore(join(userData, 'settings.json'), {
    log,
    defaultCityServerUrl: process.env['GORODDESK_CITY_URL'],
  });
  current = await settings.get();

  applyPermissionPolicy(session.defaultSession);
  installCspHeader(session.defaultSession.webRequest, {
    isAppUrl: (url) => isAppUrl(url, appOrigin),
    policy: () =>
      contentSecurityPolicy({ cityServerUrl: current.cityServerUrl, devServerUrl: rendererDevUrl }),
  });

  const installMenu = (language: Language) =>
    installAppMenu(Menu, {
      language,
      platform: process.platform,
      isDev,
      actions: {
        syncNow: () => sendToPage({ type: 'sync-now' }),
        showAbout: () => {
          const options = aboutBoxOptions(current.language, app.getVersion());
          const shown = mainWindow
            ? dialog.showMessageBox(mainWindow, options)
            : dialog.showMessageBox(options);
          shown.catch((error: unknown) => log(`about box: ${String(error)}`));
        },
        openPortal: () => openAllowedExternal(shell, PORTAL_URL, log),
      },
    });
  installMenu(current.language);
  const tray = createTrayOrNone(current.language);

  settings.onChange((next, previous) => {
    current = next;
    if (next.language !== previous.language) {
      installMenu(next.language);
      tray.setLanguage(next.language);
    }
    if (originOf(next.cityServerUrl) !== originOf(previous.cityServerUrl)) {
      // The page's CSP admits the city server it was loaded with; another one needs a new load,
      // after the answer to settings:update has gone out. (Sign-in saves the address it has
      // just reached, which the CSP already admitted: no reload then.)
      log('city server changed; reloading the page so its CSP admits the new one');
      setTimeout(() => mainWindow?.webContents.reload(), 100);
    }
  });

  registerDeskHandlers(
    ipcMain,
    deskHandlers({
      app,
      os: `${osType()} ${release()}`,
      shell,
      settings,
      credentials: createCredentialStore(
        join(userData, 'session.bin'),
        electronCipher(safeStorage, process.platform),
        log,
      ),
      notifier: createNotifier({
        Notification,
        iconPath,
        bringAppToFront: showMainWindow,
        sendEvent: (event) => events.send(event),
        log,
      }),
      tray,
      exporter: createExporter({
        dialog: electronSaveDialog(dialog),
        documentsDir: app.getPath('documents'),
        log,
      }),
      windowOf: (page) => BrowserWindow.fromWebContents(page),
    }),
    { isTrustedSender: (event) => isAppUrl(event.senderFrame?.url ?? '', appOrigin), log },
  );

  openMainWindow();
  // Windows and Linux start the app with the link on its command line.
  deepLinks.openFromArgv(process.argv);
}

/** A tray where the desktop has one; some Linux desktops have none, and the app works without it. */
function createTrayOrNone(language: Language): DeskTray {
  try {
    return createDeskTray({
      Tray,
      Menu,
      iconPath: join(resourcesDir, 'tray.png'),
      language,
      actions: {
        syncNow: () => sendToPage({ type: 'sync-now' }),
        open: showMainWindow,
        quit: () => app.quit(),
      },
    });
  } catch (error) {
    log(`no tray icon on this desktop: ${String(error)}`);
    return { setPendingCount: () => {}, setLanguage: () => {}, destroy: () => {} };
  }
}

app.on('activate', () => {
  if (app.isReady()) showMainWindow();
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
