import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { defaultSettings } from '@shared/ipc';
import { App } from './App';
import { routes } from './routes';
import { createI18n } from '../i18n';
import { createWebDeskApi } from '../platform/web';

async function renderApp(path: string) {
  const desk = createWebDeskApi({
    storage: localStorage,
    sessionStorage,
    openWindow: () => {},
    userAgent: 'UA',
    version: '1.0.0',
    download: () => {},
    print: () => {},
  });
  const i18n = await createI18n('ru');
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  // As in development (main.tsx): effects mount, unmount and mount again; nothing may break.
  render(
    <StrictMode>
      <App desk={desk} i18n={i18n} initialLanguage="ru" router={router} />
    </StrictMode>,
  );
  return { desk, router };
}

describe('App', () => {
  it('asks a person who is not signed in to sign in, with the demo logins for the local server', async () => {
    await renderApp('/queue');
    expect(await screen.findByRole('heading', { level: 1, name: 'Вход в Gorod Desk' })).toBeTruthy();
    expect(screen.getByLabelText('Сервер города', { exact: false })).toHaveProperty(
      'value',
      'http://127.0.0.1:4311',
    );
    expect(screen.getByText(/пароль demo/)).toBeTruthy();
  });

  it('refuses a server address that is not http(s) before calling anyone', async () => {
    await renderApp('/queue');
    fireEvent.change(await screen.findByLabelText('Логин', { exact: false }), {
      target: { value: 'dispatcher' },
    });
    fireEvent.change(screen.getByLabelText('Пароль', { exact: false }), { target: { value: 'demo' } });
    fireEvent.change(screen.getByLabelText('Сервер города', { exact: false }), {
      target: { value: 'ftp://city' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Войти' }));
    expect(await screen.findByText(/^Адрес сервера указан неверно. Введите адрес вида/)).toBeTruthy();
  });

  it('switches the language on the sign-in screen and saves the choice', async () => {
    const { desk } = await renderApp('/queue');
    fireEvent.click(await screen.findByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to Gorod Desk' })).toBeTruthy();
    await waitFor(async () =>
      expect(await desk.settings.get()).toEqual({ ok: true, value: { ...defaultSettings, language: 'en' } }),
    );
  });
});
