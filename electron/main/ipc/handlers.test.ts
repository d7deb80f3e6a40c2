import { describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { defaultSettings, deskChannels, type StoredSession } from '@shared/ipc';
import type { Exporter } from '../services/export';
import type { SettingsStore } from '../services/settings';
import { deskHandlers } from './handlers';

interface FakeWindow {
  title: string;
}

const session: StoredSession = {
  serverUrl: 'http://127.0.0.1:4311',
  refreshToken: 'rt',
  user: { id: 'u-1', name: 'Иванова', role: 'dispatcher', companyId: 'co-1', companyName: 'Жилищник' },
};

function setup() {
  const page = { id: 3 } as unknown as WebContents;
  const window: FakeWindow = { title: 'Gorod Desk' };
  const settings: SettingsStore = {
    get: async () => defaultSettings,
    update: async (patch) => ({ ...defaultSettings, ...patch }),
    onChange: () => () => {},
  };
  const exporter: Exporter<FakeWindow> = {
    saveFile: vi.fn(async () => ({ path: '/docs/a.csv' })),
    printToPdf: vi.fn(async () => null),
  };
  const credentials = {
    load: vi.fn(async () => session),
    save: vi.fn(async () => {}),
    clear: vi.fn(async () => {}),
  };
  const notifier = { show: vi.fn() };
  const tray = { setPendingCount: vi.fn() };
  const handlers = deskHandlers({
    app: { getName: () => 'Gorod Desk', getVersion: () => '0.1.0' },
    os: 'Linux 6.1',
    shell: { openExternal: vi.fn(async () => {}) },
    settings,
    credentials,
    notifier,
    tray,
    exporter,
    windowOf: (contents) => (contents === page ? window : null),
  });
  return { handlers, page, window, exporter, credentials, notifier, tray };
}

describe('the handler map', () => {
  it('has a handler for every channel of the contract', () => {
    expect(Object.keys(setup().handlers).sort()).toEqual(Object.keys(deskChannels).sort());
  });

  it('prints the calling page and parents the dialogs to its window', async () => {
    const { handlers, page, window, exporter } = setup();
    await handlers['export:save-file'](
      { suggestedName: 'a.csv', content: 'x', filters: [] },
      { sender: page },
    );
    await handlers['export:print-to-pdf']({ suggestedName: 'a' }, { sender: page });
    expect(exporter.saveFile).toHaveBeenCalledWith(
      { suggestedName: 'a.csv', content: 'x', filters: [] },
      window,
    );
    expect(exporter.printToPdf).toHaveBeenCalledWith({ suggestedName: 'a' }, page, window);
  });

  it('answers null for the calls that only do something', async () => {
    const { handlers, page, credentials, notifier, tray } = setup();
    const caller = { sender: page };
    expect(await handlers['credentials:load'](caller)).toEqual(session);
    expect(await handlers['credentials:save'](session, caller)).toBeNull();
    expect(await handlers['credentials:clear'](caller)).toBeNull();
    expect(await handlers['notifications:show']({ title: 't', body: '' }, caller)).toBeNull();
    expect(await handlers['tray:set-pending-count'](4, caller)).toBeNull();
    expect(credentials.save).toHaveBeenCalledWith(session);
    expect(notifier.show).toHaveBeenCalledWith({ title: 't', body: '' });
    expect(tray.setPendingCount).toHaveBeenCalledWith(4);
  });
});
