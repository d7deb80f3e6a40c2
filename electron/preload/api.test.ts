import { describe, expect, it, vi } from 'vitest';
import { fail, type StoredSession } from '@shared/ipc';
import { buildDeskApi, type Invoke, type Subscribe } from './api';

function recordingInvoke() {
  const calls: unknown[][] = [];
  // The answer does not matter here, only what was sent; a failure value fits every channel.
  const invoke: Invoke = async (channel, ...args) => {
    calls.push([channel, ...args]);
    return fail('not_answered', 'nothing answers in this test');
  };
  return { invoke, calls };
}

const session: StoredSession = {
  serverUrl: 'http://127.0.0.1:4311',
  refreshToken: 'rt',
  user: { id: 'u-1', name: 'Иванова', role: 'dispatcher', companyId: 'co-1', companyName: 'Жилищник' },
};

describe('the preload DeskApi', () => {
  it('sends each call on its channel with its arguments', async () => {
    const { invoke, calls } = recordingInvoke();
    const api = buildDeskApi(invoke, () => () => {});
    expect(api.kind).toBe('electron');
    await api.app.info();
    await api.shell.openExternal('https://gorod.mos.ru/');
    await api.settings.get();
    await api.settings.update({ language: 'en' });
    await api.credentials.load();
    await api.credentials.save(session);
    await api.credentials.clear();
    await api.notifications.show({ title: 'Срочно', body: '', issueId: 'iss-1' });
    await api.tray.setPendingCount(3);
    await api.export.saveFile({ suggestedName: 'a.csv', content: 'x', filters: [] });
    await api.export.printToPdf({ suggestedName: 'a', landscape: true });
    expect(calls).toEqual([
      ['app:info'],
      ['shell:open-external', 'https://gorod.mos.ru/'],
      ['settings:get'],
      ['settings:update', { language: 'en' }],
      ['credentials:load'],
      ['credentials:save', session],
      ['credentials:clear'],
      ['notifications:show', { title: 'Срочно', body: '', issueId: 'iss-1' }],
      ['tray:set-pending-count', 3],
      ['export:save-file', { suggestedName: 'a.csv', content: 'x', filters: [] }],
      ['export:print-to-pdf', { suggestedName: 'a', landscape: true }],
    ]);
  });

  it('subscribes to main events through the given subscribe', () => {
    const unsubscribe = vi.fn();
    const subscribe = vi.fn<Subscribe>().mockReturnValue(unsubscribe);
    const api = buildDeskApi(recordingInvoke().invoke, subscribe);
    const listener = vi.fn();
    expect(api.onEvent(listener)).toBe(unsubscribe);
    expect(subscribe).toHaveBeenCalledWith(listener);
  });
});
