import { readFile, rename, writeFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { DeskSettings, DeskSettingsPatch, CityServerUrl } from '@shared/ipc';
import type { Log } from './log';

export type SettingsListener = (settings: DeskSettings, previous: DeskSettings) => void;

export interface SettingsStore {
  get(): Promise<DeskSettings>;
  update(patch: DeskSettingsPatch): Promise<DeskSettings>;
  /** Called after every change (the menu and tray follow the language, the CSP the city server). */
  onChange(listener: SettingsListener): () => void;
}

export interface SettingsStoreOptions {
  log?: Log;
  /**
   * The city server to use while the person has chosen none: `npm start` passes the local
   * reference server it started (GORODDESK_CITY_URL). Not an address? Ignored.
   */
  defaultCityServerUrl?: string | undefined;
}

/** Reads what the person chose from the file: known keys only, every value checked. */
function parseChosen(text: string): DeskSettingsPatch | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  // Keys a later version may add are dropped rather than making the whole file "damaged".
  const known = Object.fromEntries(
    Object.entries(raw).filter(([key]) => Object.hasOwn(DeskSettingsPatch.shape, key)),
  );
  const parsed = DeskSettingsPatch.safeParse(known);
  return parsed.success ? parsed.data : null;
}

/**
 * Settings in one JSON file in the user's data folder. The file keeps only what the person
 * chose, so a default (such as the city server `npm start` runs) can still change under a
 * setting nobody touched. A damaged file is set aside (not deleted: someone may want to see
 * it) and the defaults are used; writes go through a temporary file and a rename so a crash
 * never leaves half a file.
 */
export function createSettingsStore(filePath: string, options: SettingsStoreOptions = {}): SettingsStore {
  const log = options.log ?? (() => {});
  const defaultCity = CityServerUrl.safeParse(options.defaultCityServerUrl);
  const defaults = defaultCity.success ? { cityServerUrl: defaultCity.data } : {};
  const listeners = new Set<SettingsListener>();
  let chosen: DeskSettingsPatch | undefined;
  let writing: Promise<unknown> = Promise.resolve();

  const effective = (choice: DeskSettingsPatch): DeskSettings =>
    DeskSettings.parse({ ...defaults, ...choice });

  async function loadChosen(): Promise<DeskSettingsPatch> {
    if (chosen) return chosen;
    let text: string;
    try {
      text = await readFile(filePath, 'utf8');
    } catch {
      chosen = {};
      return chosen;
    }
    const parsed = parseChosen(text);
    if (parsed) {
      chosen = parsed;
    } else {
      log(`settings file ${filePath} is damaged; using defaults and keeping it as .damaged`);
      await rename(filePath, `${filePath}.damaged`).catch(() => undefined);
      chosen = {};
    }
    return chosen;
  }

  async function save(choice: DeskSettingsPatch): Promise<void> {
    await mkdir(dirname(filePath), { recursive: true });
    const temp = `${filePath}.tmp`;
    await writeFile(temp, JSON.stringify(choice, null, 2), 'utf8');
    await rename(temp, filePath);
  }

  return {
    get: async () => effective(await loadChosen()),
    async update(patch) {
      const before = await loadChosen();
      const previous = effective(before);
      const next = { ...before, ...patch };
      const settings = effective(next);
      chosen = next;
      writing = writing.then(() => save(next));
      await writing;
      for (const listener of listeners) listener(settings, previous);
      return settings;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
