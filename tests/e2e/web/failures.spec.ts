import { expect, test, type Page } from '@playwright/test';
import { e2eCityUrl, signIn, sim } from '../support/city';

// When the city misbehaves the Sync screen says what happened and what to do in the person's
// language; the technical detail (English, codes) is only under «Подробнее» / "Details".

const faults = (failRate: number) =>
  sim('PUT', '/sim/faults', { latencyMs: 0, failRate, dropRate: 0, seed: 13 });

// Two cores are shared by several runs: a journey that signs in, fails and recovers needs more than the default.
test.describe.configure({ timeout: 180_000 });

test.afterEach(async () => {
  await faults(0);
});

async function failSyncOnSyncScreen(page: Page, sectionName: string, syncNow: string) {
  await page.getByRole('navigation').getByRole('link', { name: sectionName }).click();
  await faults(1);
  await page.getByRole('button', { name: syncNow }).click();
  const failure = page.getByTestId('sync-failure');
  await expect(failure).toBeVisible();
  return failure;
}

test.describe('failures told in the person’s language', () => {
  test('the Sync screen tells a failing city in Russian, details only under «Подробнее», and recovers', async ({
    page,
  }) => {
    await signIn(page, 'dispatcher');
    const failure = await failSyncOnSyncScreen(page, 'Синхронизация', 'Синхронизировать сейчас');
    const text = (await page.getByTestId('sync-failure-text').textContent()) ?? '';
    expect(text).toMatch(/Синхронизация не удалась/);
    expect(text).toMatch(/[а-яё]/i);
    expect(text).not.toMatch(/[A-Za-z]/);
    await expect(page.getByTestId('sync-failure-details')).toHaveCount(0);
    await page.screenshot({ path: 'test-results/screens/sync-failure-ru.png' });

    await failure.getByRole('button', { name: 'Подробнее' }).click();
    await expect(page.getByTestId('sync-failure-details')).toContainText(/unavailable|http_503/);
    await page.screenshot({ path: 'test-results/screens/sync-failure-ru-details.png' });

    await faults(0);
    await expect(page.getByRole('button', { name: 'Синхронизировать сейчас' })).toBeEnabled({
      timeout: 60_000,
    });
    await page.getByRole('button', { name: 'Синхронизировать сейчас' }).click();
    await expect(page.getByTestId('sync-failure')).toHaveCount(0, { timeout: 60_000 });
    await expect(page.getByTestId('sync-last-success')).toContainText('Последняя синхронизация');
  });

  test('the same failure in English when English is chosen', async ({ page }) => {
    await signIn(page, 'dispatcher');
    await page.getByRole('navigation').getByRole('link', { name: 'Настройки' }).click();
    await page.getByRole('radio', { name: 'English' }).check();
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
    const failure = await failSyncOnSyncScreen(page, 'Sync', 'Sync now');
    const text = (await page.getByTestId('sync-failure-text').textContent()) ?? '';
    expect(text).toMatch(/Sync failed/);
    expect(text).not.toMatch(/[а-яё]/i);
    expect(text).not.toMatch(/http_\d|\w_\w|GET \//);
    await failure.getByRole('button', { name: 'Details' }).click();
    await expect(page.getByTestId('sync-failure-details')).toContainText(/unavailable|http_503/);
    await page.screenshot({ path: 'test-results/screens/sync-failure-en.png' });
  });

  for (const language of ['ru', 'en'] as const) {
    test(`a wrong password is told in ${language}`, async ({ page }) => {
      await page.goto('/');
      const words =
        language === 'ru'
          ? {
              server: 'Сервер города',
              login: 'Логин',
              password: 'Пароль',
              submit: 'Войти',
              said: 'Неверный логин или пароль.',
            }
          : {
              server: 'City server',
              login: 'Login',
              password: 'Password',
              submit: 'Sign in',
              said: 'Wrong login or password.',
            };
      if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
      await page.getByLabel(words.server).fill(e2eCityUrl);
      await page.getByLabel(words.login).fill('dispatcher');
      await page.getByLabel(words.password).fill('wrong');
      await page.getByRole('button', { name: words.submit, exact: true }).click();
      await expect(page.getByTestId('sign-in-failure-text')).toContainText(words.said);
      await page.screenshot({ path: `test-results/screens/sign-in-wrong-password-${language}.png` });
    });
  }
});
