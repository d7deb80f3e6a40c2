import { expect, test, type Page } from '@playwright/test';
import { FIRST_SYNC_TIMEOUT, signIn } from '../support/city';
import { expectNothingCut } from '../support/layout';
import { rateIssue, resolvedIssue } from '../support/issues';

// The manager's periods: the ratings open on the last 30 days (as the city's own figures do),
// every preset shows figures, and nothing on the screen is cut at 1280 px in either language.

const DAY_MS = 86_400_000;
const moscowDate = (ms: number) => new Date(ms + 3 * 3_600_000).toISOString().slice(0, 10);
const noon = (date: string) => new Date(`${date}T12:00:00Z`);

/** The period as the screen writes it, e.g. «2 нояб. – 1 дек. 2026 г.» or «2 Nov – 1 Dec 2026». */
function periodText(from: string, through: string, language: 'ru' | 'en' = 'ru'): string {
  return new Intl.DateTimeFormat(language === 'ru' ? 'ru-RU' : 'en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).formatRange(noon(from), noon(through));
}

async function expectFiguresShown(page: Page): Promise<void> {
  await expect(page.getByTestId('kpi-issues-value')).toHaveText(/^[1-9][\d\s,]*$/, { timeout: 120_000 });
  await expect(page.getByTestId('ratings-computing')).toBeHidden();
}

const presets = [
  ['week', 'Неделя', 'Week'],
  ['days30', '30 дней', '30 days'],
  ['month', 'Этот месяц', 'This month'],
  ['lastMonth', 'Прошлый месяц', 'Last month'],
  ['quarter', 'Квартал', 'Quarter'],
  ['year', 'Год', 'Year'],
] as const;

/** The first day of the month `months` after the one `date` is in (negative: before). */
function monthStart(date: string, months = 0): string {
  const [year = 0, month = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1 + months, 1)).toISOString().slice(0, 10);
}

/**
 * What each preset should cover ending on `today`, worked out here from the calendar rather
 * than from the app's code: on the 1st of a month «этот месяц» is that one day, and the week
 * and the 30 days still roll back over the month before.
 */
function expectedPeriods(today: string): Record<(typeof presets)[number][0], [string, string]> {
  const back = (days: number) => moscowDate(noon(today).getTime() - days * DAY_MS);
  const month = Number(today.slice(5, 7));
  return {
    week: [back(6), today],
    days30: [back(29), today],
    month: [monthStart(today), today],
    lastMonth: [monthStart(today, -1), moscowDate(noon(monthStart(today)).getTime() - DAY_MS)],
    quarter: [monthStart(today, -((month - 1) % 3)), today],
    year: [monthStart(today, 1 - month), today],
  };
}

test.describe('the ratings’ periods', () => {
  test('open on the last 30 days, with figures and nothing cut in every preset, both languages', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    // An answer of today, published on time and rated: the last 30 days always have figures.
    const { issue } = await resolvedIssue();
    await rateIssue(issue, 5);
    await page.setViewportSize({ width: 1280, height: 1800 });

    await signIn(page, 'manager');
    await expect(page).toHaveURL(/#\/ratings$/);
    const picker = page.getByTestId('period-picker');
    await expect(picker.getByRole('button', { name: '30 дней' })).toHaveAttribute('aria-pressed', 'true');
    const today = moscowDate(Date.now());
    const periods = expectedPeriods(today);
    await expect(page.getByTestId('ratings-period')).toContainText(
      periodText(moscowDate(Date.now() - 29 * DAY_MS), today),
    );
    // The figures settle once the first sync has brought the company's year: they agree with the city's.
    await expect(page.getByTestId('city-summary')).toHaveText('Все цифры совпадают с городскими.', {
      timeout: FIRST_SYNC_TIMEOUT,
    });
    await expectFiguresShown(page);
    await expect(page.getByTestId('ratings-short-period')).toBeHidden();
    await expect(page.getByTestId('kpi-avgScore-value')).toHaveText(/\d,\d/);
    await expect(page.getByTestId('ratings-trend')).not.toContainText('Нет данных');
    await expect(page.getByTestId('ratings-distribution')).not.toContainText('Нет данных');

    for (const language of ['ru', 'en'] as const) {
      if (language === 'en') {
        await page
          .getByRole('navigation', { name: 'Разделы' })
          .getByRole('link', { name: 'Настройки' })
          .click();
        await page.getByRole('radio', { name: 'English' }).check();
        await page
          .getByRole('navigation', { name: 'Sections' })
          .getByRole('link', { name: 'Ratings' })
          .click();
      }
      for (const [id, ru, en] of presets) {
        await picker.getByRole('button', { name: language === 'ru' ? ru : en, exact: true }).click();
        await expect(page).toHaveURL(new RegExp(`period=${id}$`));
        await expect(page.getByTestId('ratings-period')).toContainText(periodText(...periods[id], language));
        await expectFiguresShown(page);
        await expectNothingCut(page.locator('main'), `ratings, ${id} (${language})`);
      }
      await picker.getByRole('button', { name: language === 'ru' ? '30 дней' : '30 days' }).click();
      await expectFiguresShown(page);
      await page.screenshot({ path: `test-results/screens/ratings-30-days-${language}.png`, fullPage: true });
    }
  });

  test('own dates are typed as 01.12.2026 and kept in the address', async ({ page }) => {
    test.setTimeout(180_000);
    await signIn(page, 'manager');
    const from = moscowDate(Date.now() - 20 * DAY_MS);
    const through = moscowDate(Date.now() - 6 * DAY_MS);
    const typed = (date: string) => date.split('-').reverse().join('');
    await page.getByTestId('period-picker').getByRole('button', { name: 'Даты' }).click();
    for (const [label, date] of [
      ['С', from],
      ['По', through],
    ] as const) {
      const field = page.getByRole('group', { name: label });
      await field.getByRole('spinbutton').first().click();
      await page.keyboard.type(typed(date));
      await expect(field).toContainText(date.split('-').reverse().join('.'));
    }
    await page.getByRole('button', { name: 'Показать', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`period=custom&from=${from}&through=${through}$`));
    await expect(page.getByTestId('ratings-period')).toContainText(periodText(from, through));
    await page.screenshot({ path: 'test-results/screens/ratings-dates-ru.png' });
  });
});
