import { expect, test, type Page } from '@playwright/test';
import type { Issue, Staff } from '@shared/domain';
import { asCityUser, FIRST_SYNC_TIMEOUT, signIn } from '../support/city';
import { companyNow } from '../support/company-now';
import {
  daysAgo,
  distinctiveWord,
  fileIssue,
  fileIssues,
  issueInWork,
  reopenedIssue,
  returnedIssue,
} from '../support/issues';

// The dispatcher's queue: the journeys of issue 5 (and issue 4's offline one). Each journey
// files and moves the issues it works on through the simulation API; every check of "it
// reached the city" asks the city itself, as another person (the manager).

/** Received 40 days ago with an eight-working-day topic: past its deadline whatever the date. */
const longOverdue = { categoryId: 'yard-rubbish', receivedAt: daysAgo(40) };

const assignable = ['new', 'in_progress', 'returned', 'reopened'];
const isOverdue = (issue: Issue) => issue.status !== 'resolved' && Date.now() > Date.parse(issue.deadlineAt);

/** The ready views' counts as the city's own issues give them. */
const viewCountsOf = (issues: readonly Issue[]): Record<string, number> => ({
  open: issues.filter((i) => i.status !== 'resolved').length,
  new: issues.filter((i) => i.status === 'new').length,
  overdue: issues.filter(isOverdue).length,
  returned: issues.filter((i) => i.status === 'returned').length,
  reopened: issues.filter((i) => i.status === 'reopened').length,
  unassigned: issues.filter((i) => i.assigneeId === null && assignable.includes(i.status)).length,
  all: issues.length,
});

/** Waits until the city itself reports the issue assigned to `staffId`. */
async function expectAssignedInCity(issueId: string, staffId: string): Promise<void> {
  const manager = await asCityUser('manager');
  await expect
    .poll(async () => ((await manager('GET', `/issues/${issueId}`)) as Issue).assigneeId, {
      timeout: 20_000,
    })
    .toBe(staffId);
}

const countOf = async (page: Page, view: string): Promise<number> =>
  Number((await page.getByTestId(`view-count-${view}`).textContent())?.replace(/\D/g, '') ?? 'NaN');

/** Signs in and waits until the replica holds every issue the city has now; gives the city's view. */
async function openSyncedQueue(page: Page, login: string): Promise<{ issues: Issue[]; staff: Staff[] }> {
  const city = await companyNow();
  await page.setViewportSize({ width: 1600, height: 900 });
  await signIn(page, login);
  // A dispatcher lands on the queue; anyone else goes there from the sections.
  await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Очередь' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Очередь заявок' })).toBeVisible();
  await expect.poll(() => countOf(page, 'all'), { timeout: FIRST_SYNC_TIMEOUT }).toBe(city.issues.length);
  return city;
}

/**
 * Opens a ready view and waits until the screen shows it chosen, as a person would before
 * typing a search: a search typed while the queue is still redrawing went into the old view.
 */
async function chooseView(page: Page, view: string): Promise<void> {
  await page.getByTestId(`view-${view}`).click();
  await expect(page).toHaveURL(new RegExp(`view=${view}`));
  await expect(page.getByTestId(`view-${view}`)).toHaveAttribute('aria-selected', 'true');
}

const activeSupervisors = (staff: readonly Staff[]) =>
  staff.filter((member) => member.role === 'supervisor' && member.active);

const shortName = (name: string) => {
  const [family, given, patronymic] = name.split(' ');
  return `${family} ${given?.charAt(0)}. ${patronymic?.charAt(0)}.`;
};

test.describe('the dispatcher’s queue', () => {
  test('shows the queue and an issue’s panel like a working tool', async ({ page, context }) => {
    await issueInWork(longOverdue);
    const returned = await returnedIssue('Не видно контейнерную площадку целиком');
    await openSyncedQueue(page, 'dispatcher');

    const grid = page.getByTestId('queue-grid');
    await expect(grid.getByRole('columnheader', { name: 'Срок' })).toHaveAttribute('aria-sort', 'ascending');
    // Sorted by deadline, the overdue issues come first.
    await expect(page.locator('[data-tone="overdue"]').first()).toBeVisible();
    await expect(page.getByTestId('sync-indicator')).toHaveText('В сети');
    await page.screenshot({ path: 'test-results/screens/queue-ru.png' });

    // A returned issue with the resident's photo: the fullest story an issue tells.
    await page.goto(`/#/queue/${returned.id}?view=returned`);
    const panel = page.getByTestId('issue-panel');
    await expect(panel.getByTestId('panel-number')).toHaveText(returned.number);
    await expect(panel.getByTestId('timeline')).toContainText('Модератор вернул отчёт на доработку');
    await expect(panel.getByText('Комментарий модератора').first()).toBeVisible();
    await expect(panel).toContainText('Не видно контейнерную площадку целиком');
    await expect(panel.getByTestId('photo-thumb').first().locator('img')).toBeVisible();
    await panel.getByTestId('photo-thumb').first().click();
    await expect(page.getByTestId('photo-full')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('photo-full')).toBeHidden();
    await expect(panel).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/queue-panel-ru.png' });

    // The map opens outside the app, at the issue's coordinates (the web platform opens a new tab).
    await context.route('https://yandex.ru/**', (route) =>
      route.fulfill({ body: 'map', contentType: 'text/plain' }),
    );
    const popup = page.waitForEvent('popup');
    await panel.getByRole('button', { name: 'Открыть на карте' }).click();
    await expect
      .poll(async () => (await popup).url())
      .toMatch(/^https:\/\/yandex\.ru\/maps\/\?pt=37\.\d+,55\.\d+&z=17/);

    // Esc closes the panel and keeps the filter.
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(page).toHaveURL(/#\/queue\?view=returned$/);
  });

  test('finds an overdue issue by search and assigns it from the keyboard; the city gets it', async ({
    page,
  }) => {
    const issue = await issueInWork(longOverdue);
    const city = await openSyncedQueue(page, 'dispatcher');
    const next = activeSupervisors(city.staff).find((s) => s.id !== issue.assigneeId);
    if (!next) throw new Error('The demo company has only one supervisor');

    await chooseView(page, 'overdue');
    await page.keyboard.press('/');
    await expect(page.getByTestId('queue-search')).toBeFocused();
    const digits = issue.number.slice(-7);
    await page.keyboard.type(digits);
    await expect(page).toHaveURL(new RegExp(`q=${digits}`));
    const grid = page.getByTestId('queue-grid');
    await expect(grid).toHaveAttribute('data-rows', '1');
    await expect(grid.getByTestId('queue-row')).toContainText(issue.number);
    await expect(grid.locator('[data-tone="overdue"]')).toBeVisible();

    await page.keyboard.press('Enter'); // from the search to the list
    await page.keyboard.press('Enter'); // open the issue
    await expect(page.getByTestId('issue-panel').getByTestId('panel-number')).toHaveText(issue.number);
    await page.keyboard.press('a');
    const picker = page.getByRole('dialog', { name: 'Назначить исполнителя' });
    await expect(picker).toBeVisible();
    await page.keyboard.type(next.name.split(' ').slice(0, 2).join(' '));
    await expect(picker.getByRole('option').first()).toContainText(next.name);
    await page.keyboard.press('Enter');
    await expect(picker).toBeHidden();

    const row = grid.getByTestId('queue-row').filter({ hasText: issue.number });
    await expect(row.getByTestId('assignee-cell')).toContainText(shortName(next.name));
    await expectAssignedInCity(issue.id, next.id);
    // The city's answer comes back: nothing pending any more.
    await expect(row.getByTestId('pending-icon')).toBeHidden({ timeout: 15_000 });
    await expect(page.getByTestId('panel-assignee')).toHaveText(next.name);
  });

  test('bulk-assigns five unassigned issues; all five reach the city', async ({ page }) => {
    // Five issues of this journey's own, found by a word nothing else in the city contains.
    const word = distinctiveWord('метка');
    const filed = await fileIssues(5, {
      categoryId: 'yard-rubbish',
      description: `Во дворе третий день не вывозят мусор, контейнеры переполнены (${word}).`,
    });
    const city = await openSyncedQueue(page, 'dispatcher');
    const supervisor = activeSupervisors(city.staff)[0];
    if (!supervisor) throw new Error('No supervisor');

    await chooseView(page, 'unassigned');
    await page.getByTestId('queue-search').fill(word);
    const grid = page.getByTestId('queue-grid');
    await expect(grid).toHaveAttribute('data-rows', '5');
    const rows = grid.getByTestId('queue-row');
    await expect(rows).toHaveCount(5);
    const ids: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      const row = rows.nth(index);
      ids.push((await row.getAttribute('data-issue-id')) ?? '');
      await row.getByRole('checkbox').check();
    }
    expect(ids.sort()).toEqual(filed.map((issue) => issue.id).sort());
    await expect(page.getByTestId('bulk-count')).toHaveText('Отмечено 5 заявок');
    await page.getByTestId('bulk-bar').getByRole('button', { name: 'Назначить исполнителя' }).click();
    const picker = page.getByRole('dialog', { name: 'Назначить исполнителя: 5 заявок' });
    await picker.getByRole('option', { name: new RegExp(supervisor.name) }).click();
    await expect(page.getByTestId('queue-message')).toContainText('Изменения 5 заявок сохранены');

    for (const id of ids) await expectAssignedInCity(id, supervisor.id);
    // Assigned, they leave the view.
    for (const id of ids)
      await expect(page.locator(`[data-issue-id="${id}"]`)).toBeHidden({ timeout: 15_000 });
    await expect(grid).toHaveAttribute('data-rows', '0');
  });

  test('the ready views count what the city counts', async ({ page }) => {
    // At least one issue in every view, whatever else the city holds.
    await fileIssue();
    await issueInWork(longOverdue);
    await returnedIssue('Фотографии не соответствуют адресу');
    await reopenedIssue();
    await openSyncedQueue(page, 'dispatcher');

    // The city's figures read again at each look, so a deadline passing at midnight cannot split them.
    const disagreements = async (): Promise<string[]> => {
      const expected = viewCountsOf((await companyNow()).issues);
      const found: string[] = [];
      for (const [view, count] of Object.entries(expected)) {
        const shown = await countOf(page, view);
        if (count === 0) found.push(`${view}: the city has none`);
        if (shown !== count) found.push(`${view}: shown ${shown}, the city has ${count}`);
      }
      return found;
    };
    await expect.poll(disagreements, { timeout: FIRST_SYNC_TIMEOUT }).toEqual([]);

    // Each view shows as many rows as it counts.
    const overdue = await countOf(page, 'overdue');
    await page.getByTestId('view-overdue').click();
    await expect(page.getByTestId('queue-grid')).toHaveAttribute('data-rows', String(overdue));
    await expect(page.getByTestId('queue-shown')).toContainText(`Показано: ${overdue} из`);
  });

  test('assigns offline: pending with the unsent badge, and sent when the network is back', async ({
    page,
    context,
  }) => {
    const issue = await fileIssue();
    const city = await openSyncedQueue(page, 'dispatcher');
    const supervisor = activeSupervisors(city.staff).at(-1);
    if (!supervisor) throw new Error('No supervisor');
    await page.goto(`/#/queue/${issue.id}?view=all`);
    const panel = page.getByTestId('issue-panel');
    await expect(panel.getByTestId('panel-number')).toHaveText(issue.number);

    await context.setOffline(true);
    await expect(page.getByTestId('sync-indicator')).toContainText('Нет сети');
    await panel.getByTestId('panel-assign').click();
    await page
      .getByRole('dialog')
      .getByRole('option', { name: new RegExp(supervisor.name) })
      .click();

    const row = page.getByTestId('queue-grid').locator(`[data-issue-id="${issue.id}"]`);
    await expect(row.getByTestId('pending-icon')).toBeVisible();
    await expect(panel.getByTestId('pending-change')).toBeVisible();
    await expect(page.getByTestId('unsent-badge')).toContainText('1');
    await expect(page.getByTestId('sync-indicator')).toContainText('Не отправлено: 1');

    await context.setOffline(false);
    await expectAssignedInCity(issue.id, supervisor.id);
    await expect(row.getByTestId('pending-icon')).toBeHidden({ timeout: 15_000 });
    await expect(panel.getByTestId('pending-change')).toBeHidden();
    await expect(page.getByTestId('sync-indicator')).not.toContainText('Не отправлено');
  });

  test('a supervisor reads the queue but cannot assign or mark issues', async ({ page }) => {
    const issue = await fileIssue();
    await openSyncedQueue(page, 'supervisor');
    await expect(page.getByTestId('queue-grid').getByRole('checkbox')).toHaveCount(0);
    await page.goto(`/#/queue/${issue.id}?view=unassigned`);
    await expect(page.getByTestId('issue-panel').getByTestId('panel-number')).toHaveText(issue.number);
    await expect(page.getByTestId('issue-panel').getByTestId('panel-assign')).toBeDisabled();
    await page.keyboard.press('a');
    await expect(page.getByRole('dialog')).toBeHidden();
  });
});
