import { randomUUID } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import { TokenResponse, type User } from '@shared/domain';

// The end-to-end tests run against the real reference city server with the demo city,
// started fresh by playwright.config.ts on its own port. A journey makes what it needs
// through these calls (see issues.ts) rather than hunting the demo city for it.

export const e2eCityPort = Number(process.env['E2E_CITY_PORT'] ?? 4390);
export const e2eCityUrl = `http://127.0.0.1:${e2eCityPort}`;
export const e2eSimToken = 'e2e-simulation-token';

/**
 * How long a journey waits for what only the first sync brings (the demo company's thousands
 * of issues): seconds on an idle machine, a minute and more on one shared with other work.
 */
export const FIRST_SYNC_TIMEOUT = 90_000;

/** Signs in through the sign-in form as one of the demo city's people (password `demo`). */
export async function signIn(page: Page, login: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Сервер города').fill(e2eCityUrl);
  await page.getByLabel('Логин').fill(login);
  await page.getByLabel('Пароль').fill('demo');
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page.getByRole('navigation', { name: 'Разделы' })).toBeVisible();
}

type Headers = Record<string, string>;

async function cityCall(
  method: string,
  path: string,
  token: string,
  body?: unknown,
  headers: Headers = {},
): Promise<unknown> {
  const response = await fetch(`${e2eCityUrl}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
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

/** A call to the company's API as one person; POST and PATCH carry a fresh Idempotency-Key unless given one. */
export type CityCall = (method: string, path: string, body?: unknown, headers?: Headers) => Promise<unknown>;

export interface CityUser {
  user: User;
  /** For what CityCall does not read as JSON, e.g. a photo's bytes. */
  accessToken: string;
  call: CityCall;
}

/**
 * Sign-ins kept for half their token's life: each one costs the city a password hash, and
 * a journey that files, assigns and reports signs in as three people.
 */
const signedIn = new Map<string, { person: CityUser; until: number }>();

/** A demo person signed in to the city API: who they are, their token and their calls. */
export async function cityUser(login: string): Promise<CityUser> {
  const kept = signedIn.get(login);
  if (kept !== undefined && kept.until > Date.now()) return kept.person;
  const tokens = TokenResponse.parse(await cityCall('POST', '/auth/token', '', { login, password: 'demo' }));
  const call: CityCall = (method, path, body, headers = {}) =>
    cityCall(method, path, tokens.accessToken, body, {
      ...(method === 'POST' || method === 'PATCH' ? { 'idempotency-key': randomUUID() } : {}),
      ...headers,
    });
  const person = { user: tokens.user, accessToken: tokens.accessToken, call };
  signedIn.set(login, { person, until: Date.now() + (tokens.expiresIn * 1000) / 2 });
  return person;
}

/** A demo person's own view of the city, to check what reached it. */
export async function asCityUser(login: string): Promise<CityCall> {
  return (await cityUser(login)).call;
}
