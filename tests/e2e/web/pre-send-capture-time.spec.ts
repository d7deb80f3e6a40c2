import { expect, test } from '@playwright/test';
import { FIRST_SYNC_TIMEOUT, signIn } from '../support/city';
import { daysAgo, issueInWork } from '../support/issues';
import { yardPhoto } from '../support/photo-variants';

// A photo whose camera clock runs ahead: stamped three hours after now, it cannot have been
// taken yet. The capture-time check says the clock is wrong and what to do; a photo taken half
// an hour ago passes the same check. Sending stays the supervisor's choice.

test('a photo stamped in the future is flagged for a wrong clock, one taken after the issue arrived passes', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const issue = await issueInWork({ receivedAt: daysAgo(1) });
  const here = { latitude: issue.lat, longitude: issue.lng };

  await signIn(page, 'supervisor');
  await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Мои заявки' }).click();
  const card = page.getByTestId('my-work-item').filter({ hasText: issue.number });
  await expect(card).toBeVisible({ timeout: FIRST_SYNC_TIMEOUT });
  await card.getByRole('button', { name: 'Написать отчёт' }).click();

  const photos = [
    { name: 'now.jpg', takenAt: new Date(Date.now() - 30 * 60_000), mark: 0 },
    { name: 'ahead.jpg', takenAt: new Date(Date.now() + 3 * 3_600_000), mark: 1 },
  ];
  for (const [index, photo] of photos.entries()) {
    await page.getByTestId('photo-input').setInputFiles({
      name: photo.name,
      mimeType: 'image/jpeg',
      buffer: yardPhoto('good', { takenAt: photo.takenAt, ...here }, photo.mark),
    });
    await expect(page.getByTestId('report-photo')).toHaveCount(index + 1, { timeout: 30_000 });
  }

  const captureTime = page.getByTestId('pre-send-check').filter({ hasText: 'Фото 2 · Время съёмки:' });
  await expect(captureTime).toHaveAttribute('data-passed', 'false');
  // 180 minutes ahead, give or take the seconds the journey took.
  await expect(captureTime).toContainText(/на 1[78]\d мин позже текущего: часы телефона или камеры сбиты/);
  await expect(captureTime).toContainText('Проверьте дату и время на телефоне');
  await expect(
    page.getByTestId('pre-send-check-passed').filter({ hasText: 'Фото 1 · В порядке:' }),
  ).toContainText('время съёмки');
  await expect(page.getByRole('button', { name: 'Отправить отчёт' })).toBeEnabled();
  await page.getByTestId('pre-send-checks').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/report-checks-future-ru.png' });
});
