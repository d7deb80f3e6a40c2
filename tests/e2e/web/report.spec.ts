import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { cityUser, e2eCityUrl, FIRST_SYNC_TIMEOUT, signIn } from '../support/city';
import { decideReport, issueInWork, reportsInCity } from '../support/issues';

const fixture = (name: string) => resolve(import.meta.dirname, '../../fixtures/photos', name);

/** A resident reports rubbish in the yard and the dispatcher gives it to the demo supervisor. */
const issueForSupervisor = () => issueInWork({ categoryId: 'yard-rubbish' });

const card = (page: Page, number: string) => page.getByTestId('my-work-item').filter({ hasText: number });

async function openMyWork(page: Page, number: string) {
  await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Мои заявки' }).click();
  await expect(card(page, number)).toBeVisible({ timeout: FIRST_SYNC_TIMEOUT });
}

test.describe('the field report', () => {
  test('written offline with two photos, survives a reload, reaches the city once with both photos', async ({
    page,
    context,
  }) => {
    test.setTimeout(180_000);
    const issue = await issueForSupervisor();
    await signIn(page, 'supervisor');
    await openMyWork(page, issue.number);
    // The resident's photo is fetched ahead for the yard; the service worker keeps the app's
    // files; then the network goes.
    await expect(card(page, issue.number).getByText('Фото жителя сохранены для работы без сети')).toBeVisible(
      { timeout: 30_000 },
    );
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await context.setOffline(true);
    await expect(page.getByTestId('sync-indicator')).toContainText('Нет сети');
    await page.screenshot({ path: 'test-results/screens/my-work-ru.png' });

    await card(page, issue.number).getByRole('button', { name: 'Написать отчёт' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Отчёт по заявке ${issue.number}` }),
    ).toBeVisible();
    await page.getByLabel('Текст отчёта').fill('Мусор во дворе убран, площадка подметена, мешки вывезены.');
    await page.getByTestId('photo-input').setInputFiles(fixture('photo-12mp-exif-gps.jpg'));
    await expect(page.getByTestId('report-photo')).toHaveCount(1, { timeout: 30_000 });
    await expect(page.getByTestId('draft-state')).toHaveText('Черновик сохранён на этом компьютере');

    // A reload with no network: the page comes back from the offline shell, the draft from IndexedDB.
    await page.reload();
    await expect(page.getByLabel('Текст отчёта')).toHaveValue(
      'Мусор во дворе убран, площадка подметена, мешки вывезены.',
    );
    await expect(page.getByTestId('report-photo')).toHaveCount(1);

    await page.getByTestId('photo-input').setInputFiles(fixture('small.png'));
    await expect(page.getByTestId('report-photo')).toHaveCount(2, { timeout: 30_000 });
    await page.getByTestId('report-photo').nth(1).getByRole('button', { name: 'До' }).click();
    await page.screenshot({ path: 'test-results/screens/report-editor-photos-ru.png' });
    await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screens/report-editor-ru.png' });
    await page.getByRole('button', { name: 'Отправить отчёт' }).click();
    await expect(page.getByTestId('report-submitted')).toBeVisible();
    await expect(card(page, issue.number).getByTestId('report-state')).toHaveText('В очереди на отправку');
    expect(await reportsInCity(issue.id)).toHaveLength(0);

    await context.setOffline(false);
    await expect(card(page, issue.number).getByTestId('report-state')).toHaveText('На модерации', {
      timeout: 60_000,
    });
    // The report's chip says it is with the moderator; the issue's own status chip does not repeat it.
    await expect(card(page, issue.number).getByText('На модерации', { exact: true })).toHaveCount(1);
    await page.screenshot({ path: 'test-results/screens/my-work-on-moderation-ru.png' });
    const reports = await reportsInCity(issue.id);
    expect(reports).toHaveLength(1);
    const [report] = reports;
    expect(report?.photos.map((p) => p.role)).toEqual(['after', 'before']);
    const supervisor = await cityUser('supervisor');
    for (const photo of report?.photos ?? []) {
      const bytes = await (
        await fetch(`${e2eCityUrl}/api/v1/photos/${photo.sha256}`, {
          headers: { authorization: `Bearer ${supervisor.accessToken}` },
        })
      ).arrayBuffer();
      expect(createHash('sha256').update(new Uint8Array(bytes)).digest('hex')).toBe(photo.sha256);
      // Scaled to at most 2048 px and stripped: far smaller than the 12-megapixel original.
      expect(bytes.byteLength).toBeLessThan(800 * 1024);
    }
  });

  test('a moderator’s return shows the comment and the rework reaches the city', async ({ page }) => {
    test.setTimeout(180_000);
    const issue = await issueForSupervisor();
    await signIn(page, 'supervisor');
    await openMyWork(page, issue.number);
    await card(page, issue.number).getByRole('button', { name: 'Написать отчёт' }).click();
    await page.getByLabel('Текст отчёта').fill('Мусор убран, территория приведена в порядок.');
    await page.getByTestId('photo-input').setInputFiles(fixture('small.png'));
    await expect(page.getByTestId('report-photo')).toHaveCount(1, { timeout: 30_000 });
    await page.getByRole('button', { name: 'Отправить отчёт' }).click();
    await expect(card(page, issue.number).getByTestId('report-state')).toHaveText('На модерации', {
      timeout: 60_000,
    });

    const [sent] = await reportsInCity(issue.id);
    if (!sent) throw new Error('the report did not reach the city');
    await decideReport(sent, 'reject', 'Не видно контейнерную площадку целиком');
    await page
      .getByRole('navigation', { name: 'Разделы' })
      .getByRole('link', { name: 'Синхронизация' })
      .click();
    await page.getByRole('button', { name: 'Синхронизировать сейчас' }).click();
    await openMyWork(page, issue.number);
    await expect(card(page, issue.number)).toContainText(
      'Модератор: «Не видно контейнерную площадку целиком»',
    );
    await card(page, issue.number).getByRole('button', { name: 'Доработать' }).click();
    await expect(page.getByText('Доработка возвращённого отчёта')).toBeVisible();
    await expect(page.getByLabel('Текст отчёта')).toHaveValue('Мусор убран, территория приведена в порядок.');
    await expect(page.getByTestId('report-photo')).toHaveCount(1);
    await page
      .getByLabel('Текст отчёта')
      .fill('Мусор убран, контейнерная площадка сфотографирована целиком.');
    await page.getByRole('button', { name: 'Отправить отчёт' }).click();
    await expect(card(page, issue.number).getByTestId('report-state')).toHaveText('На модерации', {
      timeout: 60_000,
    });
    const reports = await reportsInCity(issue.id);
    expect(reports.map((r) => r.status).sort()).toEqual(['on_moderation', 'rejected']);
  });

  test('a corrupt or non-image file is refused and the draft stays intact', async ({ page }) => {
    const issue = await issueForSupervisor();
    await signIn(page, 'supervisor');
    await openMyWork(page, issue.number);
    await card(page, issue.number).getByRole('button', { name: 'Написать отчёт' }).click();
    await page.getByLabel('Текст отчёта').fill('Начат отчёт, фото будут приложены.');
    await page.getByTestId('photo-input').setInputFiles(fixture('small.png'));
    await expect(page.getByTestId('report-photo')).toHaveCount(1, { timeout: 30_000 });
    await page
      .getByTestId('photo-input')
      .setInputFiles([fixture('truncated.jpg'), fixture('text-as-photo.jpg'), fixture('iphone-photo.heic')]);
    await expect(page.getByTestId('photo-error')).toHaveCount(3, { timeout: 30_000 });
    await expect(page.getByTestId('photo-error').nth(0)).toContainText('Снимок обрезан');
    // A file that says it is a HEIC but holds no picture is refused like any broken photo.
    await expect(page.getByTestId('photo-error').nth(2)).toContainText('Снимок обрезан');
    await expect(page.getByTestId('report-photo')).toHaveCount(1);
    // The draft waits for the first pull's writes; the editor says when it is on this device.
    await expect(page.getByTestId('draft-state')).toHaveText('Черновик сохранён на этом компьютере');
    await page.reload();
    await expect(page.getByLabel('Текст отчёта')).toHaveValue('Начат отчёт, фото будут приложены.');
    // After a reload the photo is read back from this device while the first pull still writes.
    await expect(page.getByTestId('report-photo')).toHaveCount(1, { timeout: 30_000 });
  });
});
