import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { e2eCityUrl } from '../support/city';
import { findElectronBinary } from '../support/electron';

const binary = findElectronBinary();
if (!binary.found) console.log(`[electron tests skipped] ${binary.reason}`);

/** The city server the app is started with (the e2e demo city); the page's CSP admits it and nothing else. */
const cityServerUrl = e2eCityUrl;

test.describe('the desktop app', () => {
  test.skip(!binary.found, binary.found ? '' : binary.reason);

  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    if (!binary.found) return;
    app = await electron.launch({
      executablePath: binary.path,
      args: ['.'],
      env: {
        ...process.env,
        CI: '1',
        GORODDESK_CITY_URL: cityServerUrl,
        GORODDESK_USER_DATA: mkdtempSync(join(tmpdir(), 'gorod-desk-e2e-')),
      },
    });
    page = await app.firstWindow();
  });

  test.afterAll(async () => {
    await app?.close();
  });

  test('opens signed out, asking to sign in, in Russian', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Вход в Gorod Desk' })).toBeVisible();
  });

  test('gives the page no Node and no Electron, only window.desk', async () => {
    const globals = await page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      desk: typeof (window as unknown as { desk?: unknown }).desk,
    }));
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', desk: 'object' });
  });

  test('serves the page with the CSP header from main, admitting only the city server', async () => {
    // The meta tag of index.html admits any https: origin, so a refused fetch to one can only
    // come from the header main sets; the violation names the policy that refused it.
    const violation = await page.evaluate(async () => {
      const refused = new Promise<{ directive: string; policy: string }>((resolve) => {
        document.addEventListener(
          'securitypolicyviolation',
          (event) => resolve({ directive: event.effectiveDirective, policy: event.originalPolicy }),
          { once: true },
        );
      });
      await fetch('https://example.com/').catch(() => undefined);
      const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 3000));
      return Promise.race([refused, timeout]);
    });
    expect(violation?.directive).toBe('connect-src');
    expect(violation?.policy).toContain(`connect-src 'self' ${cityServerUrl}`);
    expect(violation?.policy).toContain(`img-src 'self' data: blob: ${cityServerUrl}`);
  });

  test('signs in to the city server it was started with and shows the queue', async () => {
    await page.getByLabel('Сервер города').fill(cityServerUrl);
    await page.getByLabel('Логин').fill('dispatcher');
    await page.getByLabel('Пароль').fill('demo');
    await page.getByRole('button', { name: 'Войти' }).click();
    const nav = page.getByRole('navigation', { name: 'Разделы' });
    await expect(nav).toBeVisible();
    await nav.getByRole('link', { name: 'Очередь' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Очередь заявок' })).toBeVisible();
  });

  test('refuses to navigate to another origin', async () => {
    const before = page.url();
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
  });
});
