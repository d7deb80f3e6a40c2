import { expect, test } from '@playwright/test';
import { e2eCityUrl, FIRST_SYNC_TIMEOUT, signIn } from '../support/city';

test.describe('the app shell on the web platform', () => {
  test('asks to sign in, in Russian, showing the demo logins', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Вход в Gorod Desk' })).toBeVisible();
    await expect(page.getByText(/dispatcher \(диспетчер\)/)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await page.screenshot({ path: 'test-results/screens/sign-in-ru.png' });
  });

  test('says so when the password is wrong', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Сервер города').fill(e2eCityUrl);
    await page.getByLabel('Логин').fill('dispatcher');
    await page.getByLabel('Пароль').fill('wrong');
    await page.getByRole('button', { name: 'Войти' }).click();
    await expect(page.getByText('Неверный логин или пароль.')).toBeVisible();
  });

  test('signs in and shows every section with the person and the sync state', async ({ page }) => {
    await signIn(page, 'dispatcher');
    const nav = page.getByRole('navigation', { name: 'Разделы' });
    for (const name of ['Очередь', 'Мои заявки', 'Рейтинг', 'Синхронизация', 'Настройки']) {
      await expect(nav.getByRole('link', { name })).toBeVisible();
    }
    // Online once the first sync has brought the demo company's thousands of issues.
    await expect(page.getByTestId('sync-indicator')).toContainText('В сети', { timeout: FIRST_SYNC_TIMEOUT });
    await page.screenshot({ path: 'test-results/screens/shell-ru.png' });
  });

  test('navigates between sections', async ({ page }) => {
    await signIn(page, 'manager');
    const nav = page.getByRole('navigation', { name: 'Разделы' });
    await nav.getByRole('link', { name: 'Рейтинг' }).click();
    await expect(page).toHaveURL(/#\/ratings/);
    await nav.getByRole('link', { name: 'Синхронизация' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Синхронизация' })).toBeVisible();
    await expect(page.getByTestId('sync-last-success')).toContainText('Последняя синхронизация', {
      timeout: FIRST_SYNC_TIMEOUT,
    });
    await page.screenshot({ path: 'test-results/screens/sync-ru.png' });
    await page.goBack();
    await expect(page).toHaveURL(/#\/ratings/);
  });

  test('shows the Moscow clock whatever the computer time zone', async ({ page }) => {
    // The browser runs in Novosibirsk (UTC+7, see playwright.config.ts); the clock must still be Moscow's.
    await page.clock.setFixedTime(new Date('2026-11-24T20:30:00Z'));
    await signIn(page, 'dispatcher');
    await expect(page.getByTestId('moscow-clock')).toContainText('23:30');
  });

  test('switches to English in Settings and keeps the choice after a reload', async ({ page }) => {
    await signIn(page, 'dispatcher');
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Настройки' }).click();
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
  });

  test('remembers notification choices and shows the city server in Settings', async ({ page }) => {
    await signIn(page, 'dispatcher');
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Настройки' }).click();
    await expect(page.getByTestId('settings-server')).toHaveText(e2eCityUrl);
    const dueToday = page.getByRole('switch', { name: 'Срок заявки истекает сегодня' });
    await expect(dueToday).toBeChecked();
    await dueToday.uncheck();
    await page.reload();
    await expect(page.getByRole('switch', { name: 'Срок заявки истекает сегодня' })).not.toBeChecked();
    await expect(page.getByRole('switch', { name: 'Новая срочная заявка' })).toBeChecked();
  });

  test('signing out returns to the sign-in form', async ({ page }) => {
    await signIn(page, 'supervisor');
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Выйти' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Вход в Gorod Desk' })).toBeVisible();
  });
});
