import { readFile, rename, writeFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { DeskSettings, defaultSettings, type DeskSettingsPatch } from '@shared/ipc';

export interface SettingsStore {
  get(): Promise<DeskSettings>;
  update(patch: DeskSettingsPatch): Promise<DeskSettings>;
}

/**
 * Settings in one JSON file in the user's data folder. A damaged file is set aside (not
 * deleted: someone may want to see it) and the defaults are used; writes go through a
 * temporary file and a rename so a crash never leaves half a file.
 */
export function createSettingsStore(
  filePath: string,
  log: (message: string) => void = () => {},
): SettingsStore {
  let cached: DeskSettings | undefined;
  let writing: Promise<unknown> = Promise.resolve();

  async function load(): Promise<DeskSettings> {
    if (cached) return cached;
    let text: string;
    try {
      text = await readFile(filePath, 'utf8');
    } catch {
      cached = { ...defaultSettings };
      return cached;
    }
    let parsed: ReturnType<typeof DeskSettings.safeParse>;
    try {
      parsed = DeskSettings.safeParse(JSON.parse(text));
    } catch {
      parsed = DeskSettings.safeParse(undefined);
    }
    if (parsed.success) {
      cached = parsed.data;
    } else {
      log(`settings file ${filePath} is damaged; using defaults and keeping it as .damaged`);
      await rename(filePath, `${filePath}.damaged`).catch(() => undefined);
      cached = { ...defaultSettings };
    }
    return cached;
  }

  async function save(settings: DeskSettings): Promise<void> {
    await mkdir(dirname(filePath), { recursive: true });
    const temp = `${filePath}.tmp`;
    await writeFile(temp, JSON.stringify(settings, null, 2), 'utf8');
    await rename(temp, filePath);
  }

  return {
    get: load,
    async update(patch) {
      const next = DeskSettings.parse({ ...(await load()), ...patch });
      cached = next;
      writing = writing.then(() => save(next));
      await writing;
      return next;
    },
  };
}
