import { readFile, writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { FIRST_SYNC_TIMEOUT, signIn } from '../support/city';
import { distinctiveWord, returnedIssue } from '../support/issues';

// Returns by reason on the manager's Ratings: the journey has the moderator return two answers
// of its own for one reason, worded two ways, and finds that reason counted twice, as one; the
// CSV carries the reason with its count and share, and the printed report (PDF) the panel.

test('Ratings shows the returns of the period by the moderators’ reason, similar wordings as one', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const place = distinctiveWord('площадка');
  await returnedIssue(`Не видно, что ${place} убрана. Переснимите общий план.`);
  await returnedIssue(`не видно, что ${place} убрана; переснимите общий план`);
  await page.setViewportSize({ width: 1600, height: 2000 });
  await signIn(page, 'manager');
  await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Рейтинг' }).click();
  const card = page.getByTestId('ratings-return-reasons');
  const row = card.getByTestId('return-reason-row').filter({ hasText: place });
  await expect(row).toHaveCount(1, { timeout: FIRST_SYNC_TIMEOUT });
  await expect(row.getByRole('cell').nth(1)).toHaveText('2');
  // One wording names the reason (of equal counts, the first the replica holds), the other is beside it.
  await expect(row).toContainText(`Не видно, что ${place} убрана. Переснимите общий план.`);
  await expect(row).toContainText(`не видно, что ${place} убрана; переснимите общий план`);
  await expect(row).toContainText('Также писали: «');
  await expect(card).toContainText(/возврат(а|ов)? ответов на заявки периода/);
  await card.scrollIntoViewIfNeeded();
  await card.screenshot({ path: 'test-results/screens/ratings-return-reasons-ru.png' });

  // The CSV: after the summary, the returns by reason (reason; returns; share, %; issues).
  const download = page.waitForEvent('download');
  await page.getByTestId('export-csv').click();
  const lines = (await readFile(await (await download).path())).toString('utf8').slice(1).split('\r\n');
  const title = lines.indexOf('Возвраты по причинам');
  expect(title).toBeGreaterThan(0);
  expect(lines[title + 1]).toBe('Причина;Возвратов;Доля возвратов, %;Заявок');
  const reasonLine = lines.slice(title + 2).find((line) => line.includes(place)) ?? '';
  // Either wording may name the reason; one with a `;` in it is quoted.
  expect(reasonLine).toMatch(/;2;\d+(,\d)?;2$/);
  expect(lines.some((line) => line.startsWith('Повторные жалобы;'))).toBe(true);

  // The printed report, as the browser prints it: the returns and the repeats are in it.
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  await test.info().attach('ratings.pdf', { body: pdf, contentType: 'application/pdf' });
  await writeFile('test-results/screens/ratings-print.pdf', pdf);
});
