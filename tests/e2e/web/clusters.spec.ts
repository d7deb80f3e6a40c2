import { expect, test, type Page } from '@playwright/test';
import { deadlineAt } from '@shared/calendar';
import type { Issue } from '@shared/domain';
import { asCityUser, cityUser, FIRST_SYNC_TIMEOUT, signIn } from '../support/city';
import { companyNow } from '../support/company-now';
import {
  assignIssue,
  distinctiveWord,
  fileIssue,
  fileIssues,
  placeOfItsOwn,
  resolvedIssue,
} from '../support/issues';

// Issue 14 on screen: a cluster of complaints about one problem, assigned in one action; the
// «Под угрозой» view; a repeat complaint. Each journey files its own issues at a place of its
// own (placeOfItsOwn: an address and a point no other issue shares), so nothing else joins them.

const screens = 'test-results/screens';
/** An eight-working-day topic of the yard section. */
const RUBBISH = 'yard-rubbish';
const RUBBISH_SLA_DAYS = 8;

/**
 * Signs in as the dispatcher, waits for the first pull to bring the whole history (a repeat and
 * the risk model read past issues too), and searches for `word` until the `rows` issues show.
 */
async function queueWith(page: Page, word: string, rows: number): Promise<void> {
  await page.setViewportSize({ width: 1600, height: 900 });
  const city = await companyNow();
  await signIn(page, 'dispatcher');
  const all = page.getByTestId('view-count-all');
  await expect
    .poll(async () => Number((await all.textContent())?.replace(/\D/g, '')), { timeout: FIRST_SYNC_TIMEOUT })
    .toBe(city.issues.length);
  await page.getByTestId('queue-search').fill(word);
  await expect(page.getByTestId('queue-grid')).toHaveAttribute('data-rows', String(rows), {
    timeout: FIRST_SYNC_TIMEOUT,
  });
}

async function chooseEnglish(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Настройки' }).click();
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
}

/** Waits until the city itself has the issue assigned to `staffId`. */
async function expectAssignedInCity(issueId: string, staffId: string): Promise<void> {
  const manager = await asCityUser('manager');
  await expect
    .poll(async () => ((await manager('GET', `/issues/${issueId}`)) as Issue).assigneeId, { timeout: 20_000 })
    .toBe(staffId);
}

/**
 * A receipt whose deadline in working days is the end of the current working day: received
 * more than a working week ago, due within hours, whatever the date.
 */
function receivedDueToday(slaDays: number): string {
  const dueToday = deadlineAt(new Date(), 0);
  for (let days = 1; days < 60; days += 1) {
    const received = new Date(Date.now() - days * 86_400_000).toISOString();
    if (deadlineAt(received, slaDays) === dueToday) return received;
  }
  throw new Error('No receipt gives a deadline today');
}

test.describe('answering once for many', () => {
  test('five residents about one heap: one cluster, assigned in one action', async ({ page }) => {
    const word = distinctiveWord('куча');
    const filed = await fileIssues(5, {
      categoryId: RUBBISH,
      ...placeOfItsOwn(),
      description: `У третьего подъезда гора мусора, контейнеры не вывозят (${word}).`,
    });
    const supervisor = (await cityUser('supervisor')).user;
    await queueWith(page, word, 5);

    await page.getByTestId('similar-toggle').click();
    const cluster = page.getByTestId('cluster-row');
    await expect(cluster).toHaveCount(1);
    await expect(cluster.getByTestId('cluster-count')).toHaveText('5 жалоб');
    await cluster.getByTestId('cluster-expand').click();
    await expect(cluster.getByTestId('cluster-issue')).toHaveCount(5);
    await page.screenshot({ path: `${screens}/clusters-ru.png` });

    // The panel of one lists the other four in their residents' words, with their photos.
    await cluster.getByTestId('cluster-issue').first().click();
    const panel = page.getByTestId('issue-panel');
    await expect(panel.getByTestId('cluster-sibling')).toHaveCount(4);
    await expect(panel.getByTestId('cluster-siblings')).toContainText(word);
    await expect(
      panel
        .getByTestId('cluster-sibling')
        .first()
        .getByRole('img', { name: /Фото жителя 1 к заявке/ }),
    ).toBeVisible();
    await page.screenshot({ path: `${screens}/cluster-panel-ru.png` });

    // The whole cluster to one supervisor: each issue its own change, each reaches the city.
    await cluster.getByTestId('cluster-row-assign').click();
    await page
      .getByRole('dialog', { name: 'Назначить исполнителя: 5 заявок' })
      .getByRole('option', { name: new RegExp(supervisor.name) })
      .click();
    await expect(page.getByTestId('queue-message')).toContainText('Изменения 5 заявок сохранены');
    for (const issue of filed) await expectAssignedInCity(issue.id, supervisor.id);

    // Not the same problem after all: split off, the cluster holds four; joined back, five.
    await panel.getByTestId('cluster-split-off').click();
    await expect(cluster.getByTestId('cluster-count')).toHaveText('4 жалобы');
    await page.getByTestId('similar-toggle').click();
    for (const row of await page.getByTestId('queue-row').all()) await row.getByRole('checkbox').check();
    await page.getByTestId('bulk-join').click();
    await page.getByTestId('similar-toggle').click();
    await expect(page.getByTestId('cluster-row').getByTestId('cluster-count')).toHaveText('5 жалоб');

    await chooseEnglish(page);
    await page.getByRole('navigation').getByRole('link', { name: 'Queue' }).click();
    // The queue is on screen at its own address before the search is typed, and the search is
    // applied (five rows) before the clusters are shown.
    await expect(page).toHaveURL(/#\/queue$/);
    await expect(page.getByTestId('queue-grid')).toBeVisible();
    await page.getByTestId('queue-search').fill(word);
    await expect(page.getByTestId('queue-grid')).toHaveAttribute('data-rows', '5');
    await page.getByTestId('similar-toggle').click();
    await expect(cluster.getByTestId('cluster-count')).toHaveText('5 complaints');
    await cluster.getByTestId('cluster-expand').click();
    await cluster.getByTestId('cluster-issue').nth(1).click();
    await expect(panel.getByTestId('cluster-sibling')).toHaveCount(4);
    await page.screenshot({ path: `${screens}/cluster-panel-en.png` });
    await page.keyboard.press('Escape');
    await page.screenshot({ path: `${screens}/clusters-en.png` });
  });

  test('the risk view shows an assigned issue due within hours, with its reason in words', async ({
    page,
  }) => {
    const word = distinctiveWord('угроза');
    const filed = await fileIssue({
      categoryId: RUBBISH,
      receivedAt: receivedDueToday(RUBBISH_SLA_DAYS),
      description: `Мусор не вывозят больше недели (${word}).`,
    });
    const issue = await assignIssue(filed, { login: 'supervisor' });
    await queueWith(page, word, 1);

    await page.getByTestId('view-at-risk').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Под угрозой' })).toBeVisible();
    const row = page.locator(`[data-testid="risk-row"][data-issue-id="${issue.id}"]`);
    await expect(row).toBeVisible({ timeout: 20_000 });
    await expect(row).toContainText(issue.number);
    await expect(row.getByTestId('risk-reasons')).toContainText(/раб\. ч/);
    const count = Number((await page.getByTestId('risk-count').textContent())?.replace(/\D/g, ''));
    await expect(page.getByTestId('risk-row')).toHaveCount(count);
    await page.screenshot({ path: `${screens}/at-risk-ru.png` });

    // An issue at risk opens in the queue's panel.
    await row.click();
    await expect(page.getByTestId('issue-panel').getByTestId('panel-number')).toHaveText(issue.number);

    await chooseEnglish(page);
    await page.goto('/#/at-risk');
    await expect(page.getByRole('heading', { level: 1, name: 'At risk' })).toBeVisible();
    await expect(row.getByTestId('risk-reasons')).toContainText(/working h/);
    await page.screenshot({ path: `${screens}/at-risk-en.png` });
  });

  test('a new complaint where one was resolved is marked a repeat, with the earlier answer', async ({
    page,
  }) => {
    const place = placeOfItsOwn();
    const answer = `Мусор вывезен, площадка убрана (${distinctiveWord('ответ')}).`;
    const earlier = await resolvedIssue({ categoryId: RUBBISH, ...place }, answer);
    const word = distinctiveWord('снова');
    const repeat = await fileIssue({ categoryId: RUBBISH, ...place, description: `Опять мусор (${word}).` });
    await queueWith(page, word, 1);

    const row = page.locator(`[data-testid="queue-row"][data-issue-id="${repeat.id}"]`);
    await expect(row.getByRole('img', { name: 'Повторная жалоба' })).toBeVisible({ timeout: 20_000 });
    await row.click();
    const notice = page.getByTestId('issue-panel').getByTestId('repeat-notice');
    await expect(notice).toContainText('Повторная жалоба');
    await expect(notice.getByTestId('repeat-earlier-link')).toHaveText(earlier.issue.number);
    await expect(notice.getByTestId('repeat-earlier-answer')).toHaveText(answer);
    await page.screenshot({ path: `${screens}/repeat-ru.png` });

    // The link opens the earlier issue in the panel.
    await notice.getByTestId('repeat-earlier-link').click();
    await expect(page.getByTestId('panel-number')).toHaveText(earlier.issue.number);

    await chooseEnglish(page);
    await page.goto(`/#/queue/${repeat.id}`);
    await expect(page.getByTestId('repeat-notice')).toContainText('Repeat complaint');
    await page.screenshot({ path: `${screens}/repeat-en.png` });
  });
});
