import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { FIRST_SYNC_TIMEOUT, signIn } from '../support/city';
import { daysAgo, distinctiveWord, issueInWork, returnedIssue } from '../support/issues';
import { yardPhoto, type PhotoStamp, type PhotoVariant } from '../support/photo-variants';

// Each check before sending, firing on a photo made to fail it and passing on a good one, and
// the text check on a template answer after a return on the same topic. The photos are the
// fixture yard made dark, blurred, or stamped (EXIF) with a time before the issue arrived or a
// place a kilometre from it (tests/e2e/support/photo-variants.ts), against an issue the journey
// files a day ago.

const TOPIC = 'yard-rubbish';
const TEMPLATE_ANSWER = 'Работы выполнены, территория приведена в порядок.';

const check = (page: Page, photo: number, label: string) =>
  page.getByTestId('pre-send-check').filter({ hasText: `Фото ${photo} · ${label}:` });
const allFine = (page: Page, photo: number) =>
  page.getByTestId('pre-send-check-passed').filter({ hasText: `Фото ${photo} · В порядке:` });

/** The editor with its checks, tall enough to show them all. */
async function screenshotChecks(page: Page, name: string) {
  await page.setViewportSize({ width: 1280, height: 1900 });
  await page.getByTestId('pre-send-checks').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `test-results/screens/${name}.png` });
  await page.setViewportSize({ width: 1280, height: 720 });
}

async function addPhoto(
  page: Page,
  name: string,
  kind: PhotoVariant,
  stamp: PhotoStamp,
  count: number,
  mark = 0,
) {
  await page
    .getByTestId('photo-input')
    .setInputFiles({ name, mimeType: 'image/jpeg', buffer: yardPhoto(kind, stamp, mark) });
  await expect(page.getByTestId('report-photo')).toHaveCount(count, { timeout: 30_000 });
}

test.describe('the checks before sending', () => {
  test('each check fires on a photo made to fail it and passes on a good one; the text check knows the returns', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    // The moderator returned this company's template answer on the topic twice, for one reason.
    const reason = `На фото нет контейнерной площадки ${distinctiveWord('двор')}, переснимите её целиком.`;
    await returnedIssue(reason, { categoryId: TOPIC });
    await returnedIssue(reason, { categoryId: TOPIC });
    const issue = await issueInWork({ categoryId: TOPIC, receivedAt: daysAgo(1) });
    const here = { latitude: issue.lat, longitude: issue.lng };
    const afterWork = new Date(Date.now() - 30 * 60_000);

    await signIn(page, 'supervisor');
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Мои заявки' }).click();
    const card = page.getByTestId('my-work-item').filter({ hasText: issue.number });
    await expect(card).toBeVisible({ timeout: FIRST_SYNC_TIMEOUT });
    await card.getByRole('button', { name: 'Написать отчёт' }).click();

    // A template answer: like the returned ones, and formal.
    await page.getByLabel('Текст отчёта').fill(TEMPLATE_ANSWER);
    const answer = page.getByTestId('answer-check');
    // The returned reports come with the history, behind the open work of the first sync.
    await expect(
      answer.filter({ hasText: 'Текст ответа: На 100 % совпадает с ответом по этой теме' }),
    ).toContainText(reason);
    await expect(answer.filter({ hasText: 'Текст ответа: Только общие слова' })).toHaveAttribute(
      'data-passed',
      'false',
    );
    await expect(page.getByTestId('return-reason').filter({ hasText: reason })).toContainText('2 раза');

    await addPhoto(page, 'good.jpg', 'good', { takenAt: afterWork, ...here }, 1);
    await addPhoto(page, 'dark.jpg', 'dark', { takenAt: afterWork, ...here }, 2);
    await addPhoto(page, 'blurred.jpg', 'blurred', { takenAt: afterWork, ...here }, 3);
    await addPhoto(page, 'old.jpg', 'good', { takenAt: new Date(daysAgo(3)), ...here }, 4, 1);
    const farAway = { latitude: issue.lat + 0.01, longitude: issue.lng };
    await addPhoto(page, 'far.jpg', 'good', { takenAt: afterWork, ...farAway }, 5, 2);

    // The good photo: every check on one line.
    await expect(allFine(page, 1)).toContainText('время съёмки, место съёмки, освещённость, резкость');
    const fails: [photo: number, label: string, words: string, fine: string][] = [
      [2, 'Освещённость', 'Снимок слишком тёмный', 'время съёмки, место съёмки, резкость'],
      [3, 'Резкость', 'Снимок размыт', 'время съёмки, место съёмки, освещённость'],
      [4, 'Время съёмки', 'до поступления заявки', 'место съёмки, освещённость, резкость'],
      [5, 'Место съёмки', 'дальше 150 м', 'время съёмки, освещённость, резкость'],
    ];
    // Each spoilt photo fails only what it was spoilt for, with what to do.
    for (const [photo, label, words, fine] of fails) {
      await expect(check(page, photo, label)).toHaveAttribute('data-passed', 'false');
      await expect(check(page, photo, label)).toContainText(words);
      await expect(page.getByTestId('pre-send-check').filter({ hasText: `Фото ${photo} ·` })).toHaveCount(1);
      await expect(allFine(page, photo)).toContainText(fine);
    }
    // Advice only: sending stays possible.
    await expect(page.getByRole('button', { name: 'Отправить отчёт' })).toBeEnabled();
    await screenshotChecks(page, 'report-checks-failing-ru');

    // What was done, in the supervisor's own words: the text check passes.
    await page
      .getByLabel('Текст отчёта')
      .fill('У 2-го подъезда вывезены три мешка мусора и старый диван, контейнерная площадка вымыта.');
    await expect(answer).toHaveCount(1);
    await expect(answer).toHaveAttribute('data-passed', 'true');
    await expect(answer).toContainText('Текст ответа: Сказано, что сделано по заявке.');
    await screenshotChecks(page, 'report-checks-ru');

    // The same editor in English.
    await page.getByLabel('Текст отчёта').fill(TEMPLATE_ANSWER);
    const editorUrl = page.url();
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Настройки' }).click();
    await page.getByRole('radio', { name: 'English' }).check();
    await page.goto(editorUrl);
    await expect(page.getByText('Check before sending')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('answer-check').first()).toContainText('the moderator returned on');
    await expect(page.getByTestId('pre-send-check').filter({ hasText: 'Photo 2 · Light:' })).toHaveAttribute(
      'data-passed',
      'false',
    );
    await expect(
      page.getByTestId('pre-send-check-passed').filter({ hasText: 'Photo 1 · Fine:' }),
    ).toContainText('time taken, place, light, sharpness');
    await screenshotChecks(page, 'report-checks-failing-en');
  });

  test('the same-place check passes on the place from another angle and fires on another place, shown side by side', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    // A street of the labelled fixture set (tests/fixtures/same-place): the resident's photo, the
    // same street from another angle, and another street.
    const photos = join(import.meta.dirname, '../../fixtures/same-place/photos');
    const photo = (name: string) => readFileSync(join(photos, name));
    const issue = await issueInWork({
      categoryId: TOPIC,
      receivedAt: daysAgo(1),
      residentPhoto: photo('leuvenA.jpg').toString('base64'),
    });

    await signIn(page, 'supervisor');
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Мои заявки' }).click();
    const card = page.getByTestId('my-work-item').filter({ hasText: issue.number });
    await expect(card).toBeVisible({ timeout: FIRST_SYNC_TIMEOUT });
    await card.getByRole('button', { name: 'Написать отчёт' }).click();
    await page
      .getByLabel('Текст отчёта')
      .fill('Во дворе у дома 12 вывезен мусор с тротуара, бордюр покрашен, площадка подметена.');
    for (const [index, name] of ['leuvenA-angle.jpg', 'home.jpg'].entries()) {
      await page
        .getByTestId('photo-input')
        .setInputFiles({ name, mimeType: 'image/jpeg', buffer: photo(name) });
      await expect(page.getByTestId('report-photo')).toHaveCount(index + 1, { timeout: 30_000 });
    }

    // The same street from another angle: on the photo's line of checks that passed.
    const samePlace = 'то же место, что на фото жителя';
    await expect(allFine(page, 1)).toContainText(samePlace, { timeout: 30_000 });
    await expect(allFine(page, 1)).toHaveAttribute('title', /Совпадение с фото жителя \d+ из 100/);
    // Another street: flagged, with its score and what to do; sending stays possible.
    const otherPlace = check(page, 2, 'То же место, что на фото жителя');
    await expect(otherPlace).toHaveAttribute('data-passed', 'false', { timeout: 30_000 });
    await expect(otherPlace).toContainText(/Совпадение с фото жителя \d+ из 100 \(нужно не меньше \d+\)/);
    await expect(otherPlace).toContainText('переснимите его с того же ракурса');
    await expect(page.getByRole('button', { name: 'Отправить отчёт' })).toBeEnabled();
    await screenshotChecks(page, 'report-same-place-ru');

    // The two side by side, with the score.
    await otherPlace.getByRole('button', { name: 'Сравнить с фото жителя' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByTestId('compare-score')).toContainText('похоже, это другое место');
    await expect(dialog.getByRole('img')).toHaveCount(2);
    await page.screenshot({ path: 'test-results/screens/report-same-place-compare-ru.png' });
    await dialog.getByRole('button', { name: 'Закрыть' }).click();

    // The same in English.
    const editorUrl = page.url();
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Настройки' }).click();
    await page.getByRole('radio', { name: 'English' }).check();
    await page.goto(editorUrl);
    const otherPlaceEn = page
      .getByTestId('pre-send-check')
      .filter({ hasText: 'Photo 2 · Same place as the resident’s photo:' });
    await expect(otherPlaceEn).toHaveAttribute('data-passed', 'false', { timeout: 30_000 });
    await expect(otherPlaceEn).toContainText(/A match of \d+ of 100/);
    await screenshotChecks(page, 'report-same-place-en');
    await otherPlaceEn.getByRole('button', { name: "Compare with the resident's photo" }).click();
    await expect(page.getByRole('dialog').getByTestId('compare-score')).toContainText(
      'it looks like another place',
    );
    await page.screenshot({ path: 'test-results/screens/report-same-place-compare-en.png' });
  });
});
