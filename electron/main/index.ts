import { app, BrowserWindow, ipcMain, session, shell } from 'electron';
import { join } from 'node:path';
import { release, type as osType } from 'node:os';
import { createMainWindow } from './window';
import { applyPermissionPolicy, hardenWebContents, isAppUrl } from './security';
import { registerDeskHandlers } from './ipc/register';
import { appHandlers } from './ipc/app';
import { shellHandlers } from './ipc/shell';
import { settingsHandlers } from './ipc/settings';
import { createSettingsStore } from './services/settings';

// Lifecycle only: every piece of behaviour lives in a module that takes the Electron objects it uses.

const log = (message: string): void => console.log(`[gorod-desk] ${message}`);
const rendererDevUrl = process.env['ELECTRON_RENDERER_URL'];
const rendererFile = join(import.meta.dirname, '../renderer/index.html');
const appOrigin = rendererDevUrl ?? 'file://';

app.enableSandbox();

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appOrigin, shell, log));

void app.whenReady().then(() => {
  applyPermissionPolicy(session.defaultSession);
  const settings = createSettingsStore(join(app.getPath('userData'), 'settings.json'), log);
  registerDeskHandlers(
    ipcMain,
    {
      ...appHandlers(app, `${osType()} ${release()}`),
      ...shellHandlers(shell),
      ...settingsHandlers(settings),
    },
    { isTrustedSender: (event) => isAppUrl(event.senderFrame?.url ?? '', appOrigin), log },
  );

  const window = createMainWindow(BrowserWindow, {
    preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
    title: 'Gorod Desk',
  });
  if (rendererDevUrl) void window.loadURL(rendererDevUrl);
  else void window.loadFile(rendererFile);
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
