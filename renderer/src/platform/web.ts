import {
  DeskSettings,
  DeskSettingsPatch,
  defaultSettings,
  fail,
  isAllowedExternalUrl,
  ok,
  type DeskApi,
} from '@shared/ipc';

const settingsKey = 'gorod-desk.settings';

export interface WebPlatformDeps {
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  openWindow: (url: string) => void;
  userAgent: string;
  version: string;
}

function readSettings(storage: WebPlatformDeps['storage']): DeskSettings {
  const raw = storage.getItem(settingsKey);
  if (raw === null) return { ...defaultSettings };
  try {
    const parsed = DeskSettings.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : { ...defaultSettings };
  } catch {
    return { ...defaultSettings };
  }
}

/** The browser's side of the DeskApi: what a plain browser can do in place of the desktop. */
export function createWebDeskApi(deps: WebPlatformDeps): DeskApi {
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
  };
}
