import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { issueInWork, reportsInCity } from '../support/issues';
import { firstReportPhotoInCity, openReportEditor } from '../support/report-editor';

// Faces found and blurred on the device: a photo of three people is added, the editor says three
// faces were blurred; the supervisor undoes one and hides another area by hand; the city's JPEG
// is blurred where the two faces and the drawn area are, and sharp where the undone face is.

const FIXTURE = 'face-api-sample3.jpg';
const fixtures = resolve(import.meta.dirname, '../../fixtures/faces');
const manifest = JSON.parse(readFileSync(resolve(fixtures, 'faces.json'), 'utf8')) as {
  photos: { file: string; faces: Box[] }[];
};
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const faces = manifest.photos.find((photo) => photo.file === FIXTURE)?.faces ?? [];
/** An area of the photo with no face (the glass in the left hand), hidden by hand. */
const DRAWN: Box = { x: 300, y: 400, width: 110, height: 120 };

/** The fine detail of each box in a JPEG: the mean luminance step between neighbouring pixels. */
async function detailIn(page: Page, bytes: Buffer, boxes: Box[]): Promise<number[]> {
  return page.evaluate(
    async ({ data, boxes }) => {
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(data)], { type: 'image/jpeg' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2D context');
      context.drawImage(bitmap, 0, 0);
      const image = context.getImageData(0, 0, canvas.width, canvas.height);
      const y = (at: number) =>
        0.299 * (image.data[at] ?? 0) + 0.587 * (image.data[at + 1] ?? 0) + 0.114 * (image.data[at + 2] ?? 0);
      return boxes.map((box) => {
        let total = 0;
        let count = 0;
        for (let row = box.y; row < box.y + box.height; row += 1)
          for (let column = box.x; column < box.x + box.width - 1; column += 1) {
            const at = (row * image.width + column) * 4;
            total += Math.abs(y(at + 4) - y(at));
            count += 1;
          }
        return total / count;
      });
    },
    { data: [...bytes], boxes },
  );
}

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screens/${name}.png` });
}

test('faces are blurred on the device; one undone, one area added by hand; the city gets it blurred', async ({
  page,
}) => {
  test.setTimeout(240_000);
  expect(faces).toHaveLength(3);
  const issue = await issueInWork({ categoryId: 'yard-rubbish' });
  await openReportEditor(page, issue);
  await page.getByLabel('Текст отчёта').fill('Мусор у 1-го подъезда вывезен, площадка подметена и вымыта.');

  await page.getByTestId('photo-input').setInputFiles(resolve(fixtures, FIXTURE));
  await expect(page.getByTestId('report-photo')).toHaveCount(1, { timeout: 60_000 });
  const facesLine = page.getByTestId('pre-send-check-faces');
  await expect(facesLine).toContainText(
    'Фото 1 · Лица размыты: 3 (найдено на устройстве: 3), скрыто вручную: 0',
  );

  // The redaction dialog: the three faces blurred over the unblurred photo, each with its undo.
  await page.getByRole('button', { name: 'Скрыть области' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('redaction-faces')).toContainText('найдено и размыто 3 лица');
  await expect(dialog.getByTestId('redaction-rect')).toHaveCount(3);
  await screenshot(page, 'face-blurring-dialog-ru');
  await dialog.getByRole('button', { name: 'Отменить размытие области 1' }).click();
  await expect(dialog.getByTestId('redaction-rect')).toHaveCount(2);

  // An area drawn by hand, in the photo's pixels scaled to the frame on screen.
  const frame = await dialog.getByTestId('redaction-frame').boundingBox();
  if (!frame) throw new Error('no redaction frame');
  const scale = frame.width / 1024;
  await page.mouse.move(frame.x + DRAWN.x * scale, frame.y + DRAWN.y * scale);
  await page.mouse.down();
  await page.mouse.move(
    frame.x + (DRAWN.x + DRAWN.width) * scale,
    frame.y + (DRAWN.y + DRAWN.height) * scale,
    {
      steps: 5,
    },
  );
  await page.mouse.up();
  await expect(dialog.getByRole('img', { name: 'Область 3, выделена вручную' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Размыть' }).click();
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await expect(facesLine).toContainText(
    'Фото 1 · Лица размыты: 2 (найдено на устройстве: 3), скрыто вручную: 1',
  );
  await page.setViewportSize({ width: 1280, height: 1400 });
  await screenshot(page, 'face-blurring-checks-ru');

  // The same in English.
  const editorUrl = page.url();
  await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Настройки' }).click();
  await page.getByRole('radio', { name: 'English' }).check();
  await page.goto(editorUrl);
  await expect(page.getByTestId('pre-send-check-faces')).toContainText(
    'Photo 1 · Faces blurred: 2 (found on the device: 3), hidden by hand: 1',
    { timeout: 30_000 },
  );
  await screenshot(page, 'face-blurring-checks-en');
  await page.getByRole('button', { name: 'Hide areas' }).click();
  await expect(page.getByRole('dialog').getByTestId('redaction-faces')).toContainText('2 faces were found');
  await screenshot(page, 'face-blurring-dialog-en');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Send the report' }).click();
  await expect(page.getByTestId('report-state').first()).toBeVisible({ timeout: 60_000 });
  await expect.poll(async () => (await reportsInCity(issue.id)).length, { timeout: 60_000 }).toBe(1);
  const response = await firstReportPhotoInCity(issue.id);
  const sent = Buffer.from(await response.arrayBuffer());
  const original = readFileSync(resolve(fixtures, FIXTURE));
  const boxes = [...faces, DRAWN];
  const [before, after] = [await detailIn(page, original, boxes), await detailIn(page, sent, boxes)];
  // Blurred: well under half the detail the fixture has there; sharp: about as much.
  const blurred = boxes.map((_box, i) => (after[i] ?? 0) < (before[i] ?? 0) / 2);
  expect(blurred.filter(Boolean)).toHaveLength(3);
  expect(blurred.at(-1)).toBe(true);
});
