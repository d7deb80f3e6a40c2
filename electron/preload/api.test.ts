import { describe, expect, it, vi } from 'vitest';
import { buildDeskApi, type Invoke } from './api';

describe('the preload DeskApi', () => {
  it('sends each call on its channel with its arguments', async () => {
    const invoke = vi.fn().mockResolvedValue({ ok: true, value: null });
    const api = buildDeskApi(invoke as unknown as Invoke);
    expect(api.kind).toBe('electron');
    await api.app.info();
    await api.shell.openExternal('https://gorod.mos.ru/');
    await api.settings.get();
    await api.settings.update({ language: 'en' });
    expect(invoke.mock.calls).toEqual([
      ['app:info'],
      ['shell:open-external', 'https://gorod.mos.ru/'],
      ['settings:get'],
      ['settings:update', { language: 'en' }],
    ]);
  });
});
