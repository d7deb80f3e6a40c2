import { expect, type Page } from '@playwright/test';

// The end-to-end tests run against the real reference city server with the demo city,
// started fresh by playwright.config.ts on its own port.

export const e2eCityPort = Number(process.env['E2E_CITY_PORT'] ?? 4390);
export const e2eCityUrl = `http://127.0.0.1:${e2eCityPort}`;
export const e2eSimToken = 'e2e-simulation-token';

/** Signs in through the sign-in form as one of the demo city's people (password `demo`). */
export async function signIn(page: Page, login: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Сервер города').fill(e2eCityUrl);
  await page.getByLabel('Логин').fill(login);
  await page.getByLabel('Пароль').fill('demo');
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page.getByRole('navigation', { name: 'Разделы' })).toBeVisible();
}

async function cityCall(method: string, path: string, token: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${e2eCityUrl}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text === '' ? null : JSON.parse(text);
}

/** The city's moderator and residents (the simulation API). */
export const sim = (method: string, path: string, body?: unknown) =>
  cityCall(method, path, e2eSimToken, body);

/** A demo person's own view of the city, to check what reached it. */
export async function asCityUser(login: string) {
  const tokens = (await cityCall('POST', '/auth/token', '', { login, password: 'demo' })) as {
    accessToken: string;
  };
  return (method: string, path: string, body?: unknown) => cityCall(method, path, tokens.accessToken, body);
}
