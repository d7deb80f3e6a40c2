import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Issue } from '@shared/domain';
import { e2eCityUrl, cityUser, FIRST_SYNC_TIMEOUT, signIn } from '../support/city';
import {
  assignIssue,
  distinctiveWord,
  fileIssue,
  placeOfItsOwn,
  reportOn,
  reportsInCity,
} from '../support/issues';

// Issue 14, «one report, many answers»: five residents complain about one heap of rubbish at
// one house, all five given to the demo supervisor. From My work the supervisor answers them
// with one report: one issue left out, one given words of its own, one photo; written with no
// network and sent when it comes back. The city gets one report on each answered issue, each
// with the same photo, none on the one left out, and refuses the one answered meanwhile from
// elsewhere, which My work tells in words.

const screens = 'test-results/screens';
const fixture = (name: string) => resolve(import.meta.dirname, '../../fixtures/photos', name);
const card = (page: Page, issue: Issue) => page.getByTestId('my-work-item').filter({ hasText: issue.number });
const member = (page: Page, issue: Issue) =>
  page.locator(`[data-testid="cluster-member"][data-issue-id="${issue.id}"]`);

const SHARED = 'Мусор у третьего подъезда вывезен, площадка подметена, контейнеры вымыты.';
const OWN = 'У вашего подъезда мусор вывезен, разбитая урна заменена новой.';

/** `count` residents' complaints about one thing at a place of its own, all given to the demo supervisor. */
async function clusterForSupervisor(count: number, description: (index: number) => string): Promise<Issue[]> {
  const place = placeOfItsOwn();
  const issues: Issue[] = [];
  for (let index = 0; index < count; index += 1) {
    const filed = await fileIssue({ categoryId: 'yard-rubbish', ...place, description: description(index) });
    issues.push(await assignIssue(filed, { login: 'supervisor' }));
  }
  return issues;
}

/** Switches the language in Settings and opens the shared draft again from an issue's card. */
async function reopenIn(
  page: Page,
  words: { settings: string; language: string; sections: string; myWork: string; button: string },
  issue: Issue,
) {
  await page.getByRole('navigation').getByRole('link', { name: words.settings }).click();
  await page.getByRole('radio', { name: words.language }).check();
  await expect(page.getByRole('navigation', { name: words.sections })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: words.myWork }).click();
  await card(page, issue).getByRole('button', { name: words.button }).click();
}

/** The editor at its list of issues, and at its send button. */
async function shootEditor(page: Page, language: 'ru' | 'en', send: string) {
  await page.getByTestId('cluster-members').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${screens}/cluster-report-${language}.png` });
  await page.getByRole('button', { name: send }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${screens}/cluster-report-send-${language}.png` });
}

test('one report for a cluster, written offline, reaches each issue once with the shared photo', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  const word = distinctiveWord('куча');
  const issues = await clusterForSupervisor(
    5,
    (index) => `Жалоба ${index + 1}: у третьего подъезда гора мусора (${word}).`,
  );
  const [first, own, shared, leftOut, taken] = issues;
  if (!first || !own || !shared || !leftOut || !taken) throw new Error('the issues were not filed');

  await signIn(page, 'supervisor');
  await expect(card(page, first)).toBeVisible({ timeout: FIRST_SYNC_TIMEOUT });
  const together = card(page, first).getByTestId('answer-together');
  await expect(together).toHaveText('Один отчёт на 5 похожих заявок', { timeout: 30_000 });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await card(page, first).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${screens}/cluster-report-my-work-ru.png` });

  await together.click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Отчёт по заявке ${first.number}` }),
    // The first pull's history may still be writing pages: the draft waits its turn in IndexedDB.
  ).toBeVisible({ timeout: 30_000 });
  const members = page.getByTestId('cluster-members');
  await expect(members.getByRole('heading', { name: 'Отчёт получат 5 заявок' })).toBeVisible();
  await expect(members.getByTestId('cluster-member')).toHaveCount(5);
  for (const issue of issues) {
    await expect(member(page, issue)).toContainText(issue.number);
    await expect(member(page, issue)).toContainText(issue.description);
  }

  // Out in the yard: no network from here on.
  await context.setOffline(true);
  await expect(page.getByTestId('sync-indicator')).toContainText('Нет сети');
  await page.getByLabel('Текст отчёта').fill(SHARED);
  await member(page, leftOut)
    .getByRole('checkbox', { name: `Ответить на заявку ${leftOut.number}` })
    .uncheck();
  await expect(members.getByRole('heading', { name: 'Отчёт получат 4 заявки' })).toBeVisible();
  await expect(member(page, leftOut)).toContainText('Не получит отчёт');
  await member(page, own).getByRole('button', { name: 'Свой текст' }).click();
  await member(page, own).getByLabel(`Текст для заявки ${own.number}`).fill(OWN);
  await page.getByTestId('photo-input').setInputFiles(fixture('small.png'));
  await expect(page.getByTestId('report-photo')).toHaveCount(1, { timeout: 30_000 });
  await expect(page.getByTestId('draft-state')).toHaveText('Черновик сохранён на этом компьютере');
  await shootEditor(page, 'ru', 'Отправить отчёт в 4 заявки');

  // The same draft in English, reached again from another issue of the plan.
  const english = { settings: 'Настройки', language: 'English', sections: 'Sections', myWork: 'My work' };
  await reopenIn(page, { ...english, button: 'Continue the shared report' }, shared);
  await expect(page.getByRole('heading', { name: 'This report answers 4 issues' })).toBeVisible();
  await expect(member(page, own).getByLabel(`Text for issue ${own.number}`)).toHaveValue(OWN);
  await shootEditor(page, 'en', 'Send the report to 4 issues');
  const russian = { settings: 'Settings', language: 'Русский', sections: 'Разделы', myWork: 'Мои заявки' };
  await reopenIn(page, { ...russian, button: 'Продолжить общий отчёт' }, first);

  await page.getByRole('button', { name: 'Отправить отчёт в 4 заявки' }).click();
  await expect(page.getByTestId('report-submitted')).toBeVisible();
  for (const issue of [first, own, shared, taken])
    await expect(card(page, issue).getByTestId('report-state')).toHaveText('В очереди на отправку');
  await expect(card(page, leftOut).getByRole('button', { name: 'Написать отчёт' })).toBeVisible();
  for (const issue of issues) expect(await reportsInCity(issue.id)).toHaveLength(0);
  // Meanwhile, from another device, the supervisor answers one of them on their own: the city
  // will refuse the shared report's answer to it (409), and that stops none of the others.
  const { report: elsewhere } = await reportOn(taken, 'Мусор вывезен, площадка убрана, отчёт с телефона.');

  await context.setOffline(false);
  for (const issue of [first, own, shared])
    await expect(card(page, issue).getByTestId('report-state')).toHaveText('На модерации', {
      timeout: 60_000,
    });

  await expect(card(page, own)).toContainText('Общий отчёт');
  await card(page, own).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${screens}/cluster-report-sent-ru.png` });

  const refusal = card(page, taken).getByTestId('my-work-refusal-text');
  await expect(refusal).toContainText('Город не принял отчёт', { timeout: 60_000 });
  await expect(refusal).toContainText('Заявка сейчас в состоянии, которое не позволяет это сделать');
  expect((await reportsInCity(taken.id)).map((r) => r.clientReportId)).toEqual([elsewhere.clientReportId]);
  await card(page, taken).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${screens}/cluster-report-refused-ru.png` });

  const sent = await Promise.all([first, own, shared].map((issue) => reportsInCity(issue.id)));
  expect(sent.map((reports) => reports.length)).toEqual([1, 1, 1]);
  expect(sent.map((reports) => reports[0]?.text)).toEqual([SHARED, OWN, SHARED]);
  expect(new Set(sent.map((reports) => reports[0]?.clientReportId)).size).toBe(3);
  const photos = sent.map((reports) => reports[0]?.photos.map((p) => p.sha256).join(','));
  expect(new Set(photos).size).toBe(1);
  expect(photos[0]).toMatch(/^[0-9a-f]{64}$/);
  expect(await reportsInCity(leftOut.id)).toHaveLength(0);
  // The photo is with the city, once, under its name.
  const supervisor = await cityUser('supervisor');
  const head = await fetch(`${e2eCityUrl}/api/v1/photos/${photos[0] ?? ''}`, {
    method: 'HEAD',
    headers: { authorization: `Bearer ${supervisor.accessToken}` },
  });
  expect(head.status).toBe(200);
});

test('the issue panel in the queue opens the same shared report in My work', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1600, height: 900 });
  const word = distinctiveWord('урна');
  const issues = await clusterForSupervisor(
    3,
    (index) => `Жалоба ${index + 1}: урна у подъезда переполнена (${word}).`,
  );
  const [first] = issues;
  if (!first) throw new Error('the issues were not filed');

  // The supervisor reads the queue too: one of the three, found by its number.
  await signIn(page, 'supervisor');
  await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Очередь' }).click();
  await expect(page).toHaveURL(/#\/queue/);
  await page.getByTestId('queue-search').fill(first.number);
  const row = page.getByTestId('queue-row').filter({ hasText: first.number });
  await expect(row).toBeVisible({ timeout: FIRST_SYNC_TIMEOUT });
  await row.click();
  const panel = page.getByTestId('issue-panel');
  await expect(panel.getByTestId('cluster-sibling')).toHaveCount(2, { timeout: FIRST_SYNC_TIMEOUT });
  const together = panel.getByTestId('cluster-answer-together');
  await expect(together).toHaveText('Один отчёт на 3 похожие заявки');
  await page.screenshot({ path: `${screens}/cluster-report-panel-ru.png` });

  await together.click();
  await expect(page).toHaveURL(new RegExp(`#/my/${first.id}/report/`), { timeout: 30_000 });
  await expect(
    page.getByRole('heading', { level: 1, name: `Отчёт по заявке ${first.number}` }),
  ).toBeVisible();
  const members = page.getByTestId('cluster-members');
  await expect(members.getByRole('heading', { name: 'Отчёт получат 3 заявки' })).toBeVisible();
  for (const issue of issues) await expect(member(page, issue)).toContainText(issue.description);
  // Nothing reaches the city before the supervisor sends it.
  for (const issue of issues) expect(await reportsInCity(issue.id)).toHaveLength(0);
});
