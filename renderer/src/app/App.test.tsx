import { describe, expect, it } from 'vitest';
import { render, screen, fireEvent, waitFor } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { App } from './App';
import { routes } from './routes';
import { createI18n } from '../i18n';
import { createWebDeskApi } from '../platform/web';

async function renderApp(path: string) {
  const desk = createWebDeskApi({
    storage: localStorage,
    openWindow: () => {},
    userAgent: 'UA',
    version: '1.0.0',
  });
  const i18n = await createI18n('ru');
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<App desk={desk} i18n={i18n} initialLanguage="ru" router={router} />);
  return { desk, router };
}

describe('App', () => {
  it('redirects the root to the queue', async () => {
    const { router } = await renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Очередь заявок' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/queue');
  });

  it('switches the language from Settings and saves the choice', async () => {
    const { desk } = await renderApp('/settings');
    fireEvent.click(await screen.findByRole('radio', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    await waitFor(async () =>
      expect(await desk.settings.get()).toEqual({ ok: true, value: { language: 'en' } }),
    );
  });
});
