import { expect, test, type Page } from '@playwright/test';
import { e2eCityUrl, signIn } from '../support/city';

// Each role starts on its own screen; after that, on the section the person used last.

async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Выйти' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Вход в Gorod Desk' })).toBeVisible();
}

/** Signs in again from the form a sign-out left, without reloading the page. */
async function signInHere(page: Page, login: string): Promise<void> {
  await page.getByLabel('Сервер города').fill(e2eCityUrl);
  await page.getByLabel('Логин').fill(login);
  await page.getByLabel('Пароль').fill('demo');
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page.getByRole('navigation', { name: 'Разделы' })).toBeVisible();
}

test.describe('where a person lands after signing in', () => {
  test('a dispatcher on the queue, a supervisor on My work, a manager on the ratings', async ({ page }) => {
    await signIn(page, 'dispatcher');
    await expect(page).toHaveURL(/#\/queue/);
    await expect(page.getByRole('heading', { level: 1, name: 'Очередь заявок' })).toBeVisible();
    await signOut(page);

    await signIn(page, 'supervisor');
    await expect(page).toHaveURL(/#\/my/);
    await expect(page.getByRole('heading', { level: 1, name: 'Мои заявки' })).toBeVisible();
    await signOut(page);

    await signIn(page, 'manager');
    await expect(page).toHaveURL(/#\/ratings/);
    await expect(page.getByRole('heading', { level: 1, name: /Рейтинг/ })).toBeVisible();
  });

  test('the last section each person used opens next time, for that person only', async ({ page }) => {
    await signIn(page, 'dispatcher');
    await page
      .getByRole('navigation', { name: 'Разделы' })
      .getByRole('link', { name: 'Синхронизация' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Синхронизация' })).toBeVisible();
    await signOut(page);

    // Another person on the same computer still starts on their own screen.
    await signInHere(page, 'supervisor');
    await expect(page).toHaveURL(/#\/my/);
    await signOut(page);

    await signInHere(page, 'dispatcher');
    await expect(page).toHaveURL(/#\/sync$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Синхронизация' })).toBeVisible();
  });
});
