import { describe, expect, it, vi } from 'vitest';
import { createWebDeskApi } from './web';
import { defaultSettings } from '@shared/ipc';

const make = () => {
  const openWindow = vi.fn();
  const api = createWebDeskApi({
    storage: localStorage,
    sessionStorage,
    openWindow,
    userAgent: 'Test UA',
    version: '9.9.9',
    download: () => {},
    print: () => {},
  });
  return { api, openWindow };
};

describe('the web platform', () => {
  it('remembers the language in the browser', async () => {
    const { api } = make();
    expect(await api.settings.get()).toEqual({ ok: true, value: defaultSettings });
    await api.settings.update({ language: 'en' });
    expect(await make().api.settings.get()).toEqual({
      ok: true,
      value: { ...defaultSettings, language: 'en' },
    });
  });

  it('falls back to the defaults when what is stored is damaged', async () => {
    localStorage.setItem('gorod-desk.settings', '{oops');
    expect(await make().api.settings.get()).toEqual({ ok: true, value: defaultSettings });
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

describe('the web platform session', () => {
  const session = {
    serverUrl: 'http://127.0.0.1:4311',
    refreshToken: 'rt-1',
    user: {
      id: 'st-001',
      name: 'Иванова А. П.',
      role: 'dispatcher',
      companyId: 'co-obs',
      companyName: 'ГБУ',
    },
  } as const;

  it('keeps the refresh token for the browser session only and forgets it on sign-out', async () => {
    const { api } = make();
    expect(await api.credentials.load()).toEqual({ ok: true, value: null });
    await api.credentials.save(session);
    expect(localStorage.length).toBe(0);
    expect(await make().api.credentials.load()).toEqual({ ok: true, value: session });
    await api.credentials.clear();
    expect(await api.credentials.load()).toEqual({ ok: true, value: null });
  });

  it('offers an export as a download', async () => {
    const download = vi.fn();
    const api = createWebDeskApi({
      storage: localStorage,
      sessionStorage,
      openWindow: () => {},
      userAgent: 'UA',
      version: '1',
      download,
      print: () => {},
    });
    const saved = await api.export.saveFile({ suggestedName: 'report.csv', content: 'a;b', filters: [] });
    expect(saved).toEqual({ ok: true, value: { path: 'report.csv' } });
    expect(download).toHaveBeenCalledWith('report.csv', expect.any(Blob));
  });
});
