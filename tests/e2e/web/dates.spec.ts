import { expect, test } from '@playwright/test';
import { signIn } from '../support/city';
import { issueInWork } from '../support/issues';

// The browser runs in Novosibirsk (UTC+7) with an American locale (playwright.config.ts): the
// completion time must still be Moscow's, written as Russians write it, and English day first.

test.describe('the report’s completion time', () => {
  test('is shown and typed as 01.12.2026 10:23, Moscow time, and as 01/12/2026 in English', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    // 07:23 UTC is 10:23 in Moscow and 14:23 in Novosibirsk.
    await page.clock.setFixedTime(new Date('2026-12-01T07:23:00Z'));
    const issue = await issueInWork();
    await signIn(page, 'supervisor');
    const card = page.getByTestId('my-work-item').filter({ hasText: issue.number });
    await card.getByRole('button', { name: 'Написать отчёт' }).click({ timeout: 90_000 });
    const field = page.getByRole('group', { name: 'Работы завершены (московское время)' });
    // The field's own value, as the sections show it: 01 . 12 . 2026 10 : 23.
    await expect(field.locator('input')).toHaveValue('01.12.2026 10:23');

    await field.getByRole('spinbutton').first().click();
    await page.keyboard.type('281120260905');
    await expect(field.locator('input')).toHaveValue('28.11.2026 09:05');
    await expect(page.getByText('Черновик сохранён на этом компьютере')).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/report-completed-at-ru.png' });

    await page.reload();
    await expect(
      page.getByRole('group', { name: 'Работы завершены (московское время)' }).locator('input'),
    ).toHaveValue('28.11.2026 09:05', { timeout: 60_000 });
    const editor = page.url();
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Настройки' }).click();
    await page.getByRole('radio', { name: 'English' }).check();
    await page.goto(editor);
    await expect(
      page.getByRole('group', { name: 'Work completed (Moscow time)' }).locator('input'),
    ).toHaveValue('28/11/2026 09:05', { timeout: 60_000 });
    await page.screenshot({ path: 'test-results/screens/report-completed-at-en.png' });
  });
});
