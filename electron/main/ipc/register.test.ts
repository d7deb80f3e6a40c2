import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { defaultSettings } from '@shared/ipc';
import { DeskHandlerError } from './errors';
import { registerDeskHandlers, type DeskHandlers } from './register';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  return {
    handle: (channel: string, listener: Listener) => void listeners.set(channel, listener),
    call: (channel: string, url: string, ...args: unknown[]) => {
      const listener = listeners.get(channel);
      if (!listener) throw new Error(`nothing handles ${channel}`);
      const event = { senderFrame: { url }, sender: { id: 7 } } as unknown as IpcMainInvokeEvent;
      return listener(event, ...args);
    },
    channels: () => [...listeners.keys()],
  };
}

const handlers: DeskHandlers = {
  'app:info': () => ({ name: 'Gorod Desk', version: '1.2.3', platform: 'electron', os: 'Linux' }),
  'shell:open-external': () => null,
  'settings:get': () => defaultSettings,
  'settings:update': (patch) => ({ ...defaultSettings, ...patch }),
  'credentials:load': () => null,
  'credentials:save': () => null,
  'credentials:clear': () => null,
  'notifications:show': () => null,
  'tray:set-pending-count': () => null,
  'export:save-file': () => null,
  'export:print-to-pdf': () => null,
};

describe('registerDeskHandlers', () => {
  const setup = (overrides: Partial<DeskHandlers> = {}) => {
    const ipc = fakeIpcMain();
    const log = vi.fn();
    registerDeskHandlers(
      ipc,
      { ...handlers, ...overrides },
      {
        isTrustedSender: (event) => event.senderFrame?.url.startsWith('file://') ?? false,
        log,
      },
    );
    return { ipc, log };
  };

  it('answers every channel of the contract with an ok result', async () => {
    const { ipc } = setup();
    expect(ipc.channels().sort()).toEqual([
      'app:info',
      'credentials:clear',
      'credentials:load',
      'credentials:save',
      'export:print-to-pdf',
      'export:save-file',
      'notifications:show',
      'settings:get',
      'settings:update',
      'shell:open-external',
      'tray:set-pending-count',
    ]);
    await expect(ipc.call('app:info', 'file:///app/index.html')).resolves.toEqual({
      ok: true,
      value: { name: 'Gorod Desk', version: '1.2.3', platform: 'electron', os: 'Linux' },
    });
    await expect(ipc.call('settings:update', 'file:///app/index.html', { language: 'en' })).resolves.toEqual({
      ok: true,
      value: { ...defaultSettings, language: 'en' },
    });
  });

  it('passes the calling page after the arguments, for handlers that act on it', async () => {
    const print = vi.fn<DeskHandlers['export:print-to-pdf']>().mockResolvedValue(null);
    const { ipc } = setup({ 'export:print-to-pdf': print });
    await ipc.call('export:print-to-pdf', 'file:///app/index.html', { suggestedName: 'a' });
    expect(print).toHaveBeenCalledWith({ suggestedName: 'a' }, { sender: { id: 7 } });
  });

  it('keeps the code of a coded error so the renderer can translate it', async () => {
    const { ipc, log } = setup({
      'credentials:save': () => {
        throw new DeskHandlerError('keyring_unavailable', 'no keyring');
      },
    });
    const result = await ipc.call('credentials:save', 'file:///app/index.html', {
      serverUrl: 'http://127.0.0.1:4311',
      refreshToken: 'rt',
      user: { id: 'u', name: 'n', role: 'dispatcher', companyId: 'c', companyName: 'cn' },
    });
    expect(result).toEqual({ ok: false, error: { code: 'keyring_unavailable', message: 'no keyring' } });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('keyring_unavailable'));
  });

  it('refuses arguments that do not match the schema before the handler runs', async () => {
    const update = vi.fn();
    const { ipc } = setup({ 'settings:update': update });
    const result = await ipc.call('settings:update', 'file:///app/index.html', { language: 'de' });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_arguments' } });
    const extra = await ipc.call('settings:update', 'file:///app/index.html', {
      language: 'ru',
      admin: true,
    });
    expect(extra).toMatchObject({ ok: false, error: { code: 'bad_arguments' } });
    expect(update).not.toHaveBeenCalled();
  });

  it('turns a thrown error into a failed result with its message', async () => {
    const { ipc } = setup({
      'shell:open-external': () => {
        throw new Error('not allowed');
      },
    });
    await expect(
      ipc.call('shell:open-external', 'file:///app/index.html', 'https://x.example'),
    ).resolves.toEqual({
      ok: false,
      error: { code: 'failed', message: 'not allowed' },
    });
  });

  it('answers nothing to a frame that is not the app', async () => {
    const info = vi.fn();
    const { ipc, log } = setup({ 'app:info': info });
    const result = await ipc.call('app:info', 'https://evil.example/');
    expect(result).toMatchObject({ ok: false, error: { code: 'untrusted_sender' } });
    expect(info).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('untrusted'));
  });
});
