import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary } from '../support/electron';

const binary = findElectronBinary();
if (!binary.found) console.log(`[electron tests skipped] ${binary.reason}`);

test.describe('the desktop app', () => {
  test.skip(!binary.found, binary.found ? '' : binary.reason);

  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    if (!binary.found) return;
    app = await electron.launch({
      executablePath: binary.path,
      args: ['.'],
      env: { ...process.env, CI: '1' },
    });
    page = await app.firstWindow();
  });

  test.afterAll(async () => {
    await app?.close();
  });

  test('opens the shell in Russian', async () => {
    await expect(page.getByRole('navigation', { name: 'Разделы' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Очередь' })).toBeVisible();
  });

  test('gives the page no Node and no Electron, only window.desk', async () => {
    const globals = await page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      desk: typeof (window as unknown as { desk?: unknown }).desk,
    }));
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', desk: 'object' });
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
