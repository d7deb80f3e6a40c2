import { mkdtemp, readFile, writeFile, access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSettingsStore } from './settings';

const tempFile = async () => join(await mkdtemp(join(tmpdir(), 'desk-settings-')), 'settings.json');

describe('settings store', () => {
  it('starts with Russian and remembers a change across restarts', async () => {
    const file = await tempFile();
    const first = createSettingsStore(file);
    expect(await first.get()).toEqual({ language: 'ru' });
    expect(await first.update({ language: 'en' })).toEqual({ language: 'en' });
    const afterRestart = createSettingsStore(file);
    expect(await afterRestart.get()).toEqual({ language: 'en' });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ language: 'en' });
  });

  it('sets a damaged file aside and uses the defaults', async () => {
    const file = await tempFile();
    await writeFile(file, '{"language": "klingon"');
    const messages: string[] = [];
    const store = createSettingsStore(file, (m) => messages.push(m));
    expect(await store.get()).toEqual({ language: 'ru' });
    await expect(access(`${file}.damaged`)).resolves.toBeUndefined();
    expect(messages[0]).toMatch(/damaged/);
  });
});
