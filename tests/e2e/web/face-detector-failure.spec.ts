import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { issueInWork } from '../support/issues';
import { openReportEditor } from '../support/report-editor';

// A face detector that cannot load (its chunk, which carries the model and TensorFlow.js's
// WebAssembly, refused as a broken install or a blocked file would refuse it): the photo still
// comes into the report, and beside Send the supervisor is told in words that its faces were not
// checked and what to do.

const photo = resolve(import.meta.dirname, '../../fixtures/faces/face-api-sample3.jpg');
// The app's service worker would answer from its cache before the route could refuse.
test.use({ serviceWorkers: 'block' });

async function screenshot(page: Page, name: string) {
  await page.setViewportSize({ width: 1280, height: 1200 });
  await page.getByTestId('pre-send-checks').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `test-results/screens/${name}.png` });
}

test('when faces cannot be looked for, the checks before sending say so and what to do', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await context.route(/face-model-[^/]*\.js$/, (route) => route.abort('failed'));
  const issue = await issueInWork({ categoryId: 'yard-rubbish' });
  await openReportEditor(page, issue);
  await page.getByTestId('photo-input').setInputFiles(photo);
  await expect(page.getByTestId('report-photo')).toHaveCount(1, { timeout: 60_000 });

  const unchecked = page.getByTestId('pre-send-check').filter({ hasText: 'Фото 1 · Лица не проверены:' });
  await expect(unchecked).toContainText('Найти лица на этом устройстве не удалось');
  await expect(unchecked).toContainText('Посмотрите фото сами и, если на нём есть лица, скройте их вручную');
  await expect(unchecked).toHaveAttribute('data-passed', 'false');
  await expect(page.getByTestId('pre-send-check-faces')).toHaveCount(0);
  await screenshot(page, 'report-faces-unchecked-ru');

  const editorUrl = page.url();
  await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Настройки' }).click();
  await page.getByRole('radio', { name: 'English' }).check();
  await page.goto(editorUrl);
  await expect(
    page.getByTestId('pre-send-check').filter({ hasText: 'Photo 1 · Faces not checked:' }),
  ).toContainText('Look at the photo yourself', { timeout: 30_000 });
  await screenshot(page, 'report-faces-unchecked-en');
});
