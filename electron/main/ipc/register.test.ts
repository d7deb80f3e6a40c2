import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { defaultSettings } from '@shared/ipc';
import { registerDeskHandlers, type DeskHandlers } from './register';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  return {
    handle: (channel: string, listener: Listener) => void listeners.set(channel, listener),
    call: (channel: string, url: string, ...args: unknown[]) => {
      const listener = listeners.get(channel);
      if (!listener) throw new Error(`nothing handles ${channel}`);
      const event = { senderFrame: { url } } as unknown as IpcMainInvokeEvent;
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
      'settings:get',
      'settings:update',
      'shell:open-external',
    ]);
    await expect(ipc.call('app:info', 'file:///app/index.html')).resolves.toEqual({
      ok: true,
      value: { name: 'Gorod Desk', version: '1.2.3', platform: 'electron', os: 'Linux' },
    });
    await expect(ipc.call('settings:update', 'file:///app/index.html', { language: 'en' })).resolves.toEqual({
      ok: true,
      value: { language: 'en' },
    });
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
