import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { issueInWork } from '../support/issues';
import { firstReportPhotoInCity, openReportEditor } from '../support/report-editor';

const fixture = (name: string) => resolve(import.meta.dirname, '../../fixtures/photos', name);

test('an iPhone’s HEIC dropped into a report reaches the city as a JPEG', async ({ page }) => {
  test.setTimeout(180_000);
  const issue = await issueInWork({ categoryId: 'yard-rubbish' });
  const card = await openReportEditor(page, issue);
  await page.getByLabel('Текст отчёта').fill('Мусор у 1-го подъезда вывезен, площадка подметена и вымыта.');

  // Dropped onto the editor, as from the Finder or a phone's folder.
  const drop = await page.evaluateHandle(
    async ({ bytes, name }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type: 'image/heic' }));
      return transfer;
    },
    { bytes: [...(await import('node:fs')).readFileSync(fixture('small.heic'))], name: 'IMG_0001.HEIC' },
  );
  await page.getByTestId('photo-drop-zone').dispatchEvent('drop', { dataTransfer: drop });
  await expect(page.getByTestId('report-photo')).toHaveCount(1, { timeout: 60_000 });
  await page.getByRole('button', { name: 'Отправить отчёт' }).click();
  await expect(card.getByTestId('report-state')).toHaveText('На модерации', { timeout: 60_000 });

  const response = await firstReportPhotoInCity(issue.id);
  expect(response.headers.get('content-type')).toBe('image/jpeg');
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
});
