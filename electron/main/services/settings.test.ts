import { mkdtemp, readFile, writeFile, access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_CITY_SERVER_URL, defaultSettings } from '@shared/ipc';
import { createSettingsStore } from './settings';

const tempFile = async () => join(await mkdtemp(join(tmpdir(), 'desk-settings-')), 'settings.json');

describe('settings store', () => {
  it('starts with Russian and remembers a change across restarts', async () => {
    const file = await tempFile();
    const first = createSettingsStore(file);
    expect(await first.get()).toEqual(defaultSettings);
    expect(defaultSettings.language).toBe('ru');
    expect(await first.update({ language: 'en' })).toEqual({ ...defaultSettings, language: 'en' });
    const afterRestart = createSettingsStore(file);
    expect(await afterRestart.get()).toEqual({ ...defaultSettings, language: 'en' });
    // Only the choice is written, so defaults can still change under it.
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ language: 'en' });
  });

  it('uses the city server npm start passes until the person chooses one', async () => {
    const file = await tempFile();
    const store = createSettingsStore(file, { defaultCityServerUrl: 'http://127.0.0.1:4999' });
    expect((await store.get()).cityServerUrl).toBe('http://127.0.0.1:4999');
    await store.update({ language: 'en' });
    expect(
      (await createSettingsStore(file, { defaultCityServerUrl: 'http://127.0.0.1:5000' }).get())
        .cityServerUrl,
    ).toBe('http://127.0.0.1:5000');
    await store.update({ cityServerUrl: 'https://city.example' });
    expect(
      (await createSettingsStore(file, { defaultCityServerUrl: 'http://127.0.0.1:5000' }).get())
        .cityServerUrl,
    ).toBe('https://city.example');
  });

  it('ignores a default city server that is not an http(s) address', async () => {
    const store = createSettingsStore(await tempFile(), { defaultCityServerUrl: 'none' });
    expect((await store.get()).cityServerUrl).toBe(DEFAULT_CITY_SERVER_URL);
  });

  it('tells listeners the new and the previous settings', async () => {
    const store = createSettingsStore(await tempFile());
    const listener = vi.fn();
    const stop = store.onChange(listener);
    await store.update({ language: 'en' });
    expect(listener).toHaveBeenCalledWith(
      expect.objectContaining({ language: 'en' }),
      expect.objectContaining({ language: 'ru' }),
    );
    stop();
    await store.update({ language: 'ru' });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('keeps the known settings of a file written by a later version', async () => {
    const file = await tempFile();
    await writeFile(file, JSON.stringify({ language: 'en', theme: 'dark' }));
    expect((await createSettingsStore(file).get()).language).toBe('en');
  });

  it.each([['{"language": "klingon"'], ['{"language": "klingon"}'], ['[1, 2]']])(
    'sets a damaged file aside and uses the defaults: %s',
    async (content) => {
      const file = await tempFile();
      await writeFile(file, content);
      const messages: string[] = [];
      const store = createSettingsStore(file, { log: (m) => messages.push(m) });
      expect(await store.get()).toEqual(defaultSettings);
      await expect(access(`${file}.damaged`)).resolves.toBeUndefined();
      expect(messages[0]).toMatch(/damaged/);
    },
  );
});
