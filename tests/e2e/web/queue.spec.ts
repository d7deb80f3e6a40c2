import { expect, test, type Page } from '@playwright/test';
import { asCityUser, signIn } from '../support/city';

// The dispatcher's queue against the demo city: the journeys of issue 5 (and issue 4's offline one).
// Every check of "it reached the city" asks the city itself, as another person (the manager).

interface CityIssue {
  id: string;
  number: string;
  status: string;
  assigneeId: string | null;
  deadlineAt: string;
  residentPhotos: unknown[];
}

interface CityStaff {
  id: string;
  name: string;
  role: string;
  active: boolean;
}

interface FeedPage {
  changes: (
    | { kind: 'issue'; issue: CityIssue }
    | { kind: 'issue_removed'; id: string }
    | { kind: 'staff'; staff: CityStaff }
    | { kind: 'category' | 'report' | 'rating' }
  )[];
  cursor: string;
  hasMore: boolean;
}

/** The company as the city has it now: the feed paged through, the latest version of each issue kept. */
async function cityNow(): Promise<{ issues: CityIssue[]; staff: CityStaff[] }> {
  const call = await asCityUser('dispatcher');
  const issues = new Map<string, CityIssue>();
  const staff = new Map<string, CityStaff>();
  let cursor: string | null = null;
  for (;;) {
    const page = (await call(
      'GET',
      `/changes?limit=1000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    )) as FeedPage;
    for (const change of page.changes) {
      if (change.kind === 'issue') issues.set(change.issue.id, change.issue);
      else if (change.kind === 'issue_removed') issues.delete(change.id);
      else if (change.kind === 'staff') staff.set(change.staff.id, change.staff);
    }
    cursor = page.cursor;
    if (!page.hasMore) break;
  }
  return { issues: [...issues.values()], staff: [...staff.values()] };
}

const assignable = ['new', 'in_progress', 'returned', 'reopened'];
const isOverdue = (issue: CityIssue) =>
  issue.status !== 'resolved' && Date.now() > Date.parse(issue.deadlineAt);

/** Waits until the city itself reports the issue assigned to `staffId`. */
async function expectAssignedInCity(issueId: string, staffId: string): Promise<void> {
  const manager = await asCityUser('manager');
  await expect
    .poll(async () => ((await manager('GET', `/issues/${issueId}`)) as CityIssue).assigneeId, {
      timeout: 20_000,
    })
    .toBe(staffId);
}

const countOf = async (page: Page, view: string): Promise<number> =>
  Number((await page.getByTestId(`view-count-${view}`).textContent())?.replace(/\D/g, '') ?? 'NaN');

/** Signs in and waits until the replica holds every issue the city has. */
async function openSyncedQueue(page: Page, login: string, total: number): Promise<void> {
  await page.setViewportSize({ width: 1600, height: 900 });
  await signIn(page, login);
  await expect(page.getByRole('heading', { level: 1, name: 'Очередь заявок' })).toBeVisible();
  await expect.poll(() => countOf(page, 'all'), { timeout: 45_000 }).toBe(total);
}

const shortName = (name: string) => {
  const [family, given, patronymic] = name.split(' ');
  return `${family} ${given?.charAt(0)}. ${patronymic?.charAt(0)}.`;
};

test.describe('the dispatcher’s queue', () => {
  test('shows the queue and an issue’s panel like a working tool', async ({ page, context }) => {
    const city = await cityNow();
    await openSyncedQueue(page, 'dispatcher', city.issues.length);

    const grid = page.getByTestId('queue-grid');
    await expect(grid.getByRole('columnheader', { name: 'Срок' })).toHaveAttribute('aria-sort', 'ascending');
    await expect(page.locator('[data-tone="overdue"]').first()).toBeVisible();
    await expect(page.getByTestId('sync-indicator')).toHaveText('В сети');
    await page.screenshot({ path: 'test-results/screens/queue-ru.png' });

    // A returned issue with the resident's photos: the fullest story the demo city tells.
    const returned =
      city.issues.find((issue) => issue.status === 'returned' && issue.residentPhotos.length > 0) ??
      city.issues.find((issue) => issue.status === 'returned');
    if (!returned) throw new Error('The demo city has no returned issue');
    await page.goto(`/#/queue/${returned.id}?view=returned`);
    const panel = page.getByTestId('issue-panel');
    await expect(panel.getByTestId('panel-number')).toHaveText(returned.number);
    await expect(panel.getByTestId('timeline')).toContainText('Модератор вернул отчёт на доработку');
    await expect(panel.getByText('Комментарий модератора').first()).toBeVisible();
    if (returned.residentPhotos.length > 0) {
      await expect(panel.getByTestId('photo-thumb').first().locator('img')).toBeVisible();
      await panel.getByTestId('photo-thumb').first().click();
      await expect(page.getByTestId('photo-full')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('photo-full')).toBeHidden();
    }
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
    const city = await cityNow();
    const issue = city.issues.find(
      (i) => isOverdue(i) && i.status === 'in_progress' && i.assigneeId !== null,
    );
    if (!issue) throw new Error('The demo city has no overdue issue in progress');
    const next = city.staff.find((s) => s.role === 'supervisor' && s.active && s.id !== issue.assigneeId);
    if (!next) throw new Error('No other supervisor');
    await openSyncedQueue(page, 'dispatcher', city.issues.length);

    await page.getByTestId('view-overdue').click();
    await expect(page).toHaveURL(/view=overdue/);
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
    const city = await cityNow();
    const supervisor = city.staff.find((s) => s.role === 'supervisor' && s.active);
    if (!supervisor) throw new Error('No supervisor');
    await openSyncedQueue(page, 'dispatcher', city.issues.length);

    await page.getByTestId('view-unassigned').click();
    const rows = page.getByTestId('queue-grid').getByTestId('queue-row');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(5);
    const ids: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      const row = rows.nth(index);
      ids.push((await row.getAttribute('data-issue-id')) ?? '');
      await row.getByRole('checkbox').check();
    }
    await expect(page.getByTestId('bulk-count')).toHaveText('Отмечено 5 заявок');
    await page.getByTestId('bulk-bar').getByRole('button', { name: 'Назначить исполнителя' }).click();
    const picker = page.getByRole('dialog', { name: 'Назначить исполнителя: 5 заявок' });
    await picker.getByRole('option', { name: new RegExp(supervisor.name) }).click();
    await expect(page.getByTestId('queue-message')).toContainText('Изменения 5 заявок сохранены');

    for (const id of ids) await expectAssignedInCity(id, supervisor.id);
    // Assigned, they leave the view.
    for (const id of ids)
      await expect(page.locator(`[data-issue-id="${id}"]`)).toBeHidden({ timeout: 15_000 });
  });

  test('the ready views count what the city counts', async ({ page }) => {
    const city = await cityNow();
    const expected = {
      open: city.issues.filter((i) => i.status !== 'resolved').length,
      new: city.issues.filter((i) => i.status === 'new').length,
      overdue: city.issues.filter(isOverdue).length,
      returned: city.issues.filter((i) => i.status === 'returned').length,
      reopened: city.issues.filter((i) => i.status === 'reopened').length,
      unassigned: city.issues.filter((i) => i.assigneeId === null && assignable.includes(i.status)).length,
      all: city.issues.length,
    };
    await openSyncedQueue(page, 'dispatcher', city.issues.length);
    for (const [view, count] of Object.entries(expected)) expect(await countOf(page, view), view).toBe(count);

    // Each view shows as many rows as it counts.
    await page.getByTestId('view-overdue').click();
    await expect(page.getByTestId('queue-grid')).toHaveAttribute('data-rows', String(expected.overdue));
    await expect(page.getByTestId('queue-shown')).toContainText(`Показано: ${expected.overdue} из`);
  });

  test('assigns offline: pending with the unsent badge, and sent when the network is back', async ({
    page,
    context,
  }) => {
    const city = await cityNow();
    const issue = city.issues.find((i) => i.assigneeId === null && assignable.includes(i.status));
    const supervisor = city.staff.filter((s) => s.role === 'supervisor' && s.active).at(-1);
    if (!issue || !supervisor) throw new Error('The demo city has no unassigned issue or no supervisor');
    await openSyncedQueue(page, 'dispatcher', city.issues.length);
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
    const city = await cityNow();
    const issue = city.issues.find((i) => i.assigneeId === null && assignable.includes(i.status));
    if (!issue) throw new Error('The demo city has no unassigned issue');
    await openSyncedQueue(page, 'supervisor', city.issues.length);
    await expect(page.getByTestId('queue-grid').getByRole('checkbox')).toHaveCount(0);
    await page.goto(`/#/queue/${issue.id}?view=unassigned`);
    await expect(page.getByTestId('issue-panel').getByTestId('panel-assign')).toBeDisabled();
    await page.keyboard.press('a');
    await expect(page.getByRole('dialog')).toBeHidden();
  });
});
