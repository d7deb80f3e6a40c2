import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { FIRST_SYNC_TIMEOUT, signIn } from '../support/city';
import { rateIssue, resolvedIssue } from '../support/issues';

// The manager's ratings against the demo city: the figures computed in the worker from the
// replica agree with the city's own, the period changes, a drill-down opens the queue on the
// worst topic and comes back, and the CSV holds exactly the issues the screen counts. The
// journey files, answers and rates an issue of its own, so the period has a low-rated answer
// on any day, even the first of a quarter.

/** "3 707" (with a narrow no-break space) → 3707. */
const countIn = (text: string): number => Number(text.replace(/[^\d]/g, ''));

async function openRatings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Рейтинг' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Рейтинг компании' })).toBeVisible();
}

/** Waits until the replica has caught up with the city: then every figure matches the city's. */
async function waitForAgreement(page: Page): Promise<void> {
  await expect(page.getByTestId('city-summary')).toHaveText('Все цифры совпадают с городскими.', {
    timeout: 60_000,
  });
  await expect(page.getByTestId('ratings-computing')).toHaveCount(0);
}

test.describe('the manager’s ratings', () => {
  test('period, drill-down into the worst topic, back, and the CSV of the period', async ({ page }) => {
    // The first sync pulls a year of the demo city before the figures can agree with the city's.
    test.setTimeout(180_000);
    const { issue } = await resolvedIssue({ categoryId: 'yard-rubbish' });
    await rateIssue(issue, 1, 'Мусор как лежал, так и лежит');
    // Big enough for the whole dashboard in one screenshot: the shell scrolls inside the window.
    await page.setViewportSize({ width: 1600, height: 2000 });
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));

    await signIn(page, 'manager');
    await openRatings(page);
    await waitForAgreement(page);
    // The demo company has thousands of issues: the figures are worked out off the UI thread.
    expect(workers.some((url) => url.includes('ratings.worker'))).toBe(true);
    const monthIssues = countIn(await page.getByTestId('kpi-issues-value').innerText());
    const monthPeriod = await page.getByTestId('ratings-period').innerText();

    // A longer period: the quarter so far.
    await page.getByTestId('period-picker').getByRole('button', { name: 'Квартал' }).click();
    await expect(page).toHaveURL(/#\/ratings\?period=quarter$/);
    // The dates change (in the first month of a quarter, only the period compared with does).
    await expect(page.getByTestId('ratings-period')).not.toHaveText(monthPeriod);
    await waitForAgreement(page);
    const issuesText = await page.getByTestId('kpi-issues-value').innerText();
    const quarterIssues = countIn(issuesText);
    expect(quarterIssues).toBeGreaterThanOrEqual(monthIssues);
    await expect(page.getByTestId('kpi-onTime-value')).toHaveText(/\d+,\d\s%/);
    await expect(
      page.getByTestId('ratings-low-rated').getByTestId('low-rated-item').filter({ hasText: issue.number }),
    ).toContainText('Мусор как лежал, так и лежит');
    await page.screenshot({ path: 'test-results/screens/ratings-ru.png' });

    // The topic table opens sorted by late answers, most first: its first row is the worst topic.
    const topics = page.getByTestId('breakdown-topic');
    await expect(topics.getByRole('columnheader', { name: 'Не в срок' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    const worst = topics.getByTestId('breakdown-row').first();
    const worstName = await worst.getByRole('link').first().innerText();
    expect(worstName).toContain('›');
    await worst.click();
    await expect(page).toHaveURL(/#\/queue\?view=all&cat=[^&]+$/);

    // Back to the same period.
    await page.goBack();
    await expect(page).toHaveURL(/#\/ratings\?period=quarter$/);
    await expect(page.getByTestId('period-picker').getByRole('button', { name: 'Квартал' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByTestId('kpi-issues-value')).toHaveText(issuesText);
    // The screen asks the city again for figures of this moment; the CSV's city column waits for them.
    await waitForAgreement(page);
    // The count of this moment (the city may have sent a new issue meanwhile).
    const exportedIssues = countIn(await page.getByTestId('kpi-issues-value').innerText());

    // The CSV: UTF-8 with a BOM, `;`-separated, one row per issue the screen counts, then the summary.
    const download = page.waitForEvent('download');
    await page.getByTestId('export-csv').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^рейтинг-\d{4}-\d{2}-01-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile(await file.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^Номер;Поступила;Тема;Адрес;Улица;Дом;Исполнитель;Статус;/);
    const blank = lines.indexOf('');
    const issueRows = lines.slice(1, blank);
    expect(issueRows).toHaveLength(exportedIssues);
    for (const row of issueRows) expect(row).toMatch(/^НГ-\d{4}-\d+;\d{2}\.\d{2}\.\d{4} \d{2}:\d{2};/);
    // The summary after the empty line: the count the screen shows, here and in the city's column.
    expect(lines[blank + 1]).toBe('Показатель;Период;Прошлый период;Город');
    const received = (lines.find((line) => line.startsWith('Поступило заявок;')) ?? '').split(';');
    expect([received[1], received[3]]).toEqual([String(exportedIssues), String(exportedIssues)]);
  });

  test('a dispatcher sees the local figures and a polite note instead of the city’s', async ({ page }) => {
    await signIn(page, 'dispatcher');
    await openRatings(page);
    // The note sits with the figures, which the worker counts while the first sync fills the replica.
    await expect(page.getByTestId('city-not-manager')).toContainText('только руководители', {
      timeout: FIRST_SYNC_TIMEOUT,
    });
    await expect(page.getByTestId('kpi-issues-value')).toHaveText(/\d/);
  });
});
