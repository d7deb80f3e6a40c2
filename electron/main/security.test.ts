import { describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { hardenWebContents, isAppUrl, isGrantedPermission } from './security';

type Listener = (event: { preventDefault: () => void }, url: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    setWindowOpenHandler: (handler: typeof openHandler) => void (openHandler = handler),
    on: (name: string, listener: Listener) => void listeners.set(name, listener),
  };
  return {
    contents: contents as unknown as Pick<WebContents, 'setWindowOpenHandler' | 'on'>,
    navigate(url: string) {
      const event = { preventDefault: vi.fn() };
      listeners.get('will-navigate')?.(event, url);
      return event.preventDefault.mock.calls.length > 0;
    },
    open: (url: string) => openHandler?.({ url }),
  };
}

describe('window security', () => {
  it('refuses navigation to another origin and allows the app itself', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, 'http://localhost:5173', { openExternal: vi.fn() }, () => {});
    expect(fake.navigate('https://evil.example/')).toBe(true);
    expect(fake.navigate('http://localhost:5173/#/queue')).toBe(false);
  });

  it('never opens a new window; allow-listed links go to the system browser', () => {
    const openExternal = vi.fn().mockResolvedValue(undefined);
    const fake = fakeContents();
    hardenWebContents(fake.contents, 'file://', { openExternal }, () => {});
    expect(fake.open('https://gorod.mos.ru/')).toEqual({ action: 'deny' });
    expect(fake.open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledWith('https://gorod.mos.ru/');
  });

  it('grants notifications and the camera, nothing else', () => {
    expect(isGrantedPermission('notifications')).toBe(true);
    expect(isGrantedPermission('media', ['video'])).toBe(true);
    expect(isGrantedPermission('media', ['video', 'audio'])).toBe(false);
    expect(isGrantedPermission('geolocation')).toBe(false);
    expect(isGrantedPermission('clipboard-read')).toBe(false);
  });

  it('recognises the app own pages', () => {
    expect(isAppUrl('file:///opt/gorod-desk/index.html', 'file://')).toBe(true);
    expect(isAppUrl('https://file.example/', 'file://')).toBe(false);
    expect(isAppUrl('garbage', 'http://localhost:5173')).toBe(false);
  });
});
