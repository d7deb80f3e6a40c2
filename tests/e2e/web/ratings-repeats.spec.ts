import { randomInt } from 'node:crypto';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { cityUser, FIRST_SYNC_TIMEOUT, signIn } from '../support/city';
import { fileIssue, placeOfItsOwn, resolvedIssue } from '../support/issues';

// Repeat complaints on the manager's Ratings: the journey resolves an issue at a house of its
// own (the demo supervisor answers it), then a resident files another there on the same topic;
// Ratings counts one more repeat under that topic, that building and that supervisor.

const screens = 'test-results/screens';
const RUBBISH = 'yard-rubbish';
const TOPIC = 'Мой двор › Неубранный мусор';

/** The count in the row of `table` named `name` (0 while there is no such row), every row shown. */
async function countIn(table: Locator, name: string): Promise<number> {
  await showAll(table);
  const row = table.getByTestId('repeat-row').filter({ hasText: name });
  if ((await row.count()) === 0) return 0;
  return Number((await row.getByRole('cell').nth(1).innerText()).replace(/\D/g, ''));
}

async function showAll(table: Locator): Promise<void> {
  const more = table.getByRole('button', { name: /Показать все|Show all/ });
  if ((await more.count()) > 0) await more.click();
}

async function openRatings(page: Page, section: string): Promise<Locator> {
  await page.getByRole('navigation').getByRole('link', { name: section }).click();
  await expect(page.getByTestId('ratings-computing')).toHaveCount(0, { timeout: FIRST_SYNC_TIMEOUT });
  return page.getByTestId('ratings-repeats');
}

test('Ratings counts a repeat complaint under its topic, its building and who resolved the earlier one', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const house = randomInt(100, 10_000);
  const place = placeOfItsOwn('ул. Повторная', house);
  const supervisor = (await cityUser('supervisor')).user.name;
  await page.setViewportSize({ width: 1600, height: 2000 });
  await signIn(page, 'manager');
  let card = await openRatings(page, 'Рейтинг');
  // What the demo city already counts (it has repeats of its own), once the first pull is in.
  await expect(page.getByTestId('city-summary')).toHaveText('Все цифры совпадают с городскими.', {
    timeout: FIRST_SYNC_TIMEOUT,
  });
  const tables = card.getByTestId('repeats-table');
  const topicBefore = await countIn(tables.nth(0), TOPIC);
  const staffBefore = await countIn(tables.nth(2), supervisor);

  await resolvedIssue({ categoryId: RUBBISH, ...place });
  await fileIssue({
    categoryId: RUBBISH,
    ...place,
    description: 'Опять мусор у подъезда, вывезли только на день.',
  });
  await page.getByRole('navigation').getByRole('link', { name: 'Синхронизация' }).click();
  await page.getByRole('button', { name: 'Синхронизировать сейчас' }).click();
  card = await openRatings(page, 'Рейтинг');

  const building = tables.nth(1).getByTestId('repeat-row').filter({ hasText: 'Повторная' });
  await expect
    .poll(
      async () => {
        await showAll(tables.nth(1));
        return building.count();
      },
      { timeout: 60_000 },
    )
    .toBe(1);
  await expect(building).toContainText(String(house));
  await expect(building.getByRole('cell').nth(1)).toHaveText('1');
  await expect.poll(() => countIn(tables.nth(0), TOPIC)).toBe(topicBefore + 1);
  await expect.poll(() => countIn(tables.nth(2), supervisor)).toBe(staffBefore + 1);
  await expect(card).toContainText('исправление не удержалось');
  // The building's row opens the queue on that house.
  await expect(building.getByRole('link')).toHaveAttribute('href', /#\/queue\?view=all&q=/);
  await card.scrollIntoViewIfNeeded();
  await card.screenshot({ path: `${screens}/ratings-repeats-ru.png` });

  await page.getByRole('navigation').getByRole('link', { name: 'Настройки' }).click();
  await page.getByRole('radio', { name: 'English' }).check();
  card = await openRatings(page, 'Ratings');
  await expect(card.getByRole('heading', { name: 'Repeat complaints' })).toBeVisible();
  await expect(card).toContainText('the fix did not hold');
  const tablesEn = card.getByTestId('repeats-table');
  await showAll(tablesEn.nth(1));
  await expect(tablesEn.nth(1).getByTestId('repeat-row').filter({ hasText: 'Повторная' })).toHaveCount(1);
  await card.scrollIntoViewIfNeeded();
  await card.screenshot({ path: `${screens}/ratings-repeats-en.png` });
});
