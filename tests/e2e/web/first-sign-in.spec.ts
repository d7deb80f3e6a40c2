import { expect, test, type Page } from '@playwright/test';
import { FIRST_SYNC_TIMEOUT, signIn } from '../support/city';
import { HeldCalls } from '../support/held-calls';
import { distinctiveWord, fileIssue, issueInWork } from '../support/issues';

// A new workstation's first sign-in, made slow step by step: the page's calls to GET /issues
// (the open work) and GET /changes (the history) are held until the journey lets them go, so
// each screen is seen while the first pull is still running, and again once it is done. No
// screen may say there is nothing while the city's issues are still on their way.

// The service worker of the web platform must not stand between the page and its held calls.
test.use({ serviceWorkers: 'block' });

const openSection = async (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name }).click();

test.describe('the first sign-in', () => {
  test('the queue says what it is loading, and a progress with numbers runs until the pull is done', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const word = distinctiveWord('первыйвход');
    const issue = await fileIssue({ description: `Течёт кран в подвале, ${word}` });
    const openWork = await HeldCalls.on(page, '/issues');
    const history = await HeldCalls.on(page, '/changes');

    await signIn(page, 'dispatcher');
    const grid = page.getByTestId('queue-grid');
    const progress = page.getByTestId('first-pull-progress');
    // Nothing has come yet: the queue says it is loading the open work, not that nothing matches.
    await expect(grid).toContainText('Открытые заявки загружаются из города…');
    await expect(grid).not.toContainText('Нет заявок, подходящих под условия');
    await expect(progress).toContainText('Загружаем открытые заявки из города…');
    await page.screenshot({ path: 'test-results/screens/first-sign-in-loading-ru.png' });

    // The open work arrives while the history is still held: the issue is on screen at once.
    openWork.releaseAll();
    await page.getByTestId('queue-search').fill(word);
    // The search is applied a moment after the typing: one row, then that it is the issue.
    await expect(grid).toHaveAttribute('data-rows', '1');
    await expect(grid.getByTestId('queue-row')).toContainText(issue.number);
    await expect(progress).toContainText(/^Загружен[оа] [\d\s]+ заяв/);

    // The history, a page at a time: how many of about how many, and the time left.
    await expect(async () => {
      history.release(1);
      await expect(progress).toContainText(/^Загружено [\d\s]+ из ≈[\d\s]+ заяв\S* · осталось ≈\d/, {
        timeout: 2_000,
      });
    }).toPass({ timeout: FIRST_SYNC_TIMEOUT });
    await expect(progress.getByRole('progressbar')).toHaveAttribute('aria-valuenow', /\d/);
    await page.screenshot({ path: 'test-results/screens/first-sign-in-progress-ru.png' });

    // A search that finds nothing among what is here yet says the history is still coming.
    await page.getByTestId('queue-search').fill(distinctiveWord('нигде'));
    await expect(grid).toContainText('история ещё загружается');

    history.releaseAll();
    await expect(progress).toBeHidden({ timeout: FIRST_SYNC_TIMEOUT });
    await expect(grid).toContainText('Нет заявок, подходящих под условия');
    await page.getByTestId('queue-search').fill(word);
    // The search is applied a moment after the typing: one row, then that it is the issue.
    await expect(grid).toHaveAttribute('data-rows', '1');
    await expect(grid.getByTestId('queue-row')).toContainText(issue.number);
  });

  test('a supervisor’s My work says it is loading, not that nothing is assigned', async ({ page }) => {
    const issue = await issueInWork();
    const openWork = await HeldCalls.on(page, '/issues');

    await signIn(page, 'supervisor');
    await openSection(page, 'Мои заявки');
    await expect(page.getByText('Открытые заявки загружаются из города…')).toBeVisible();
    await expect(page.getByText('Сейчас на вас не назначено открытых заявок.')).toBeHidden();

    openWork.releaseAll();
    await expect(page.getByText(issue.number)).toBeVisible({ timeout: FIRST_SYNC_TIMEOUT });
    await expect(page.getByText('Открытые заявки загружаются из города…')).toBeHidden();
  });

  test('Ratings says its figures are incomplete and how far the history reaches, until it is all here', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const history = await HeldCalls.on(page, '/changes');

    await signIn(page, 'manager');
    await openSection(page, 'Рейтинг');
    await expect(page.getByRole('heading', { level: 1, name: 'Рейтинг компании' })).toBeVisible();
    const notice = page.getByTestId('ratings-history-incomplete');
    await expect(notice).toHaveText(
      'История обращений ещё не загружена; показатели неполные до окончания загрузки.',
    );

    history.release(1);
    await expect(notice).toHaveText(
      /^История загружена с \d\d\.\d\d\.\d{4} по \d\d\.\d\d\.\d{4}; показатели неполные до окончания загрузки\.$/,
    );
    await page.screenshot({ path: 'test-results/screens/first-sign-in-ratings-ru.png' });

    history.releaseAll();
    await expect(notice).toBeHidden({ timeout: FIRST_SYNC_TIMEOUT });
    await expect(page.getByTestId('first-pull-progress')).toBeHidden();
  });
});
