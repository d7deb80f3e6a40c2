import { expect, test } from '@playwright/test';

test.describe('the app shell on the web platform', () => {
  test('opens on the queue in Russian with every section in the navigation', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/#\/queue$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Очередь заявок' })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Разделы' });
    for (const name of ['Очередь', 'Мои заявки', 'Рейтинг', 'Синхронизация', 'Настройки']) {
      await expect(nav.getByRole('link', { name })).toBeVisible();
    }
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await page.screenshot({ path: 'test-results/screens/shell-ru.png' });
  });

  test('navigates between sections', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Разделы' });
    await nav.getByRole('link', { name: 'Рейтинг' }).click();
    await expect(page).toHaveURL(/#\/ratings$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Рейтинг компании' })).toBeVisible();
    await nav.getByRole('link', { name: 'Синхронизация' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Синхронизация' })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Рейтинг компании' })).toBeVisible();
  });

  test('shows the Moscow clock whatever the computer time zone', async ({ page }) => {
    // The browser runs in Novosibirsk (UTC+7, see playwright.config.ts); the clock must still be Moscow's.
    await page.clock.setFixedTime(new Date('2026-11-24T20:30:00Z'));
    await page.goto('/');
    await expect(page.getByTestId('moscow-clock')).toContainText('23:30');
  });

  test('switches to English in Settings and keeps the choice after a reload', async ({ page }) => {
    await page.goto('/#/settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Настройки' })).toBeVisible();
    await page.getByRole('radio', { name: 'English' }).check();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Queue' }),
    ).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.screenshot({ path: 'test-results/screens/settings-en.png' });

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await page.getByRole('radio', { name: 'Русский' }).check();
    await expect(page.getByRole('heading', { level: 1, name: 'Настройки' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Настройки' })).toBeVisible();
  });
});
