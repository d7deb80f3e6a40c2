import type { DeskApi } from '@shared/ipc';
import { browserDownload, browserNotify, createWebDeskApi } from './web';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in a plain browser. */
    desk?: DeskApi;
  }
}

/** The desktop bridge when the preload gave us one, the browser's fallbacks otherwise. */
export function pickDeskApi(win: Window): DeskApi {
  if (win.desk) return win.desk;
  return createWebDeskApi({
    storage: win.localStorage,
    sessionStorage: win.sessionStorage,
    openWindow: (url) => {
      win.open(url, '_blank', 'noopener,noreferrer');
    },
    userAgent: win.navigator.userAgent,
    version: __APP_VERSION__,
    notify: browserNotify,
    download: browserDownload,
    print: () => win.print(),
  });
}
