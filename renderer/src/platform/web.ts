import {
  DeskSettings,
  DeskSettingsPatch,
  StoredSession,
  defaultSettings,
  fail,
  isAllowedExternalUrl,
  ok,
  type DeskApi,
} from '@shared/ipc';

const settingsKey = 'gorod-desk.settings';
const sessionKey = 'gorod-desk.session';

export interface WebPlatformDeps {
  /** Settings outlive the browser session. */
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  /** The refresh token lives only as long as the browser session: no keyring to protect it here. */
  sessionStorage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  openWindow: (url: string) => void;
  userAgent: string;
  version: string;
  /** The browser's Notification API where there is one and permission is (or can be) granted. */
  notify?: (title: string, body: string, onClick: () => void) => Promise<boolean>;
  /** Offers a file to the person as a download. */
  download: (name: string, blob: Blob) => void;
  print: () => void;
}

function readJson<T>(
  raw: string | null,
  parse: (value: unknown) => { success: boolean; data?: T },
): T | null {
  if (raw === null) return null;
  try {
    const parsed = parse(JSON.parse(raw));
    return parsed.success && parsed.data !== undefined ? parsed.data : null;
  } catch {
    return null;
  }
}

const readSettings = (storage: WebPlatformDeps['storage']): DeskSettings =>
  readJson(storage.getItem(settingsKey), (v) => DeskSettings.safeParse(v)) ?? { ...defaultSettings };

/** The browser's side of the DeskApi: what a plain browser can do in place of the desktop. */
export function createWebDeskApi(deps: WebPlatformDeps): DeskApi {
  const listeners = new Set<Parameters<DeskApi['onEvent']>[0]>();
  return {
    kind: 'web',
    app: {
      info: async () =>
        ok({ name: 'Gorod Desk', version: deps.version, platform: 'web', os: deps.userAgent }),
    },
    shell: {
      openExternal: async (url) => {
        if (!isAllowedExternalUrl(url))
          return fail('not_allowed', `This link is not on the list of sites the app opens: ${url}`);
        deps.openWindow(url);
        return ok(null);
      },
    },
    settings: {
      get: async () => ok(readSettings(deps.storage)),
      update: async (patch) => {
        const parsedPatch = DeskSettingsPatch.safeParse(patch);
        if (!parsedPatch.success) return fail('bad_arguments', parsedPatch.error.message);
        const next = DeskSettings.parse({ ...readSettings(deps.storage), ...parsedPatch.data });
        deps.storage.setItem(settingsKey, JSON.stringify(next));
        return ok(next);
      },
    },
    credentials: {
      load: async () =>
        ok(readJson(deps.sessionStorage.getItem(sessionKey), (v) => StoredSession.safeParse(v))),
      save: async (session) => {
        const parsed = StoredSession.safeParse(session);
        if (!parsed.success) return fail('bad_arguments', parsed.error.message);
        deps.sessionStorage.setItem(sessionKey, JSON.stringify(parsed.data));
        return ok(null);
      },
      clear: async () => {
        deps.sessionStorage.removeItem(sessionKey);
        return ok(null);
      },
    },
    notifications: {
      show: async (notification) => {
        if (!deps.notify) return fail('unsupported', 'This browser cannot show notifications.');
        const { issueId } = notification;
        const shown = await deps.notify(notification.title, notification.body, () => {
          if (issueId) for (const listener of listeners) listener({ type: 'open-issue', issueId });
        });
        return shown ? ok(null) : fail('denied', 'Notifications are not allowed for this site.');
      },
    },
    tray: { setPendingCount: async () => ok(null) },
    export: {
      saveFile: async (request) => {
        const blob = new Blob([request.content], {
          type: typeof request.content === 'string' ? 'text/plain;charset=utf-8' : 'application/octet-stream',
        });
        deps.download(request.suggestedName, blob);
        return ok({ path: request.suggestedName });
      },
      printToPdf: async () => {
        deps.print();
        return ok(null);
      },
    },
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The Notification API, asking for permission the first time. */
export async function browserNotify(title: string, body: string, onClick: () => void): Promise<boolean> {
  if (typeof Notification === 'undefined') return false;
  const permission =
    Notification.permission === 'default' ? await Notification.requestPermission() : Notification.permission;
  if (permission !== 'granted') return false;
  const shown = new Notification(title, { body });
  shown.onclick = () => {
    window.focus();
    onClick();
  };
  return true;
}

export function browserDownload(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
