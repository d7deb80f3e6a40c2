import { describe, expect, it, vi } from 'vitest';
import { createWebDeskApi } from './web';

const make = () => {
  const openWindow = vi.fn();
  const api = createWebDeskApi({ storage: localStorage, openWindow, userAgent: 'Test UA', version: '9.9.9' });
  return { api, openWindow };
};

describe('the web platform', () => {
  it('remembers the language in the browser', async () => {
    const { api } = make();
    expect(await api.settings.get()).toEqual({ ok: true, value: { language: 'ru' } });
    await api.settings.update({ language: 'en' });
    expect(await make().api.settings.get()).toEqual({ ok: true, value: { language: 'en' } });
  });

  it('falls back to the defaults when what is stored is damaged', async () => {
    localStorage.setItem('gorod-desk.settings', '{oops');
    expect(await make().api.settings.get()).toEqual({ ok: true, value: { language: 'ru' } });
  });

  it('opens allow-listed links in a new tab and refuses others', async () => {
    const { api, openWindow } = make();
    expect(await api.shell.openExternal('https://www.openstreetmap.org/?mlat=55.6')).toEqual({
      ok: true,
      value: null,
    });
    const refused = await api.shell.openExternal('https://phishing.example/');
    expect(refused.ok).toBe(false);
    expect(openWindow).toHaveBeenCalledTimes(1);
  });

  it('reports itself as the web platform', async () => {
    expect(await make().api.app.info()).toEqual({
      ok: true,
      value: { name: 'Gorod Desk', version: '9.9.9', platform: 'web', os: 'Test UA' },
    });
  });
});
