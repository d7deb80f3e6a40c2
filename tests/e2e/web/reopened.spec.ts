import { expect, test } from '@playwright/test';
import { signIn } from '../support/city';
import { disputeAnswer, resolvedIssue } from '../support/issues';

test.describe('a reopened issue in My work', () => {
  test('says the answer was published, when a resident disputed it, and the new deadline', async ({
    page,
  }) => {
    // The first sync pulls a year of the demo city before the supervisor's issues are in My work.
    test.setTimeout(180_000);
    const { issue: published } = await resolvedIssue();
    await signIn(page, 'supervisor');
    await expect(page).toHaveURL(/#\/my/);
    // The workstation has the published issue (resolved, so not in My work: its panel in the
    // queue) before the resident disputes it, and sees the dispute come.
    await page.goto(`/#/queue/${published.id}?view=all`);
    const panel = page.getByTestId('issue-panel');
    await expect(panel.getByTestId('panel-number')).toHaveText(published.number, { timeout: 90_000 });
    await expect(panel).toContainText('Решена');
    const reopened = await disputeAnswer(published.id);
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Мои заявки' }).click();
    const card = page.getByTestId('my-work-item').filter({ hasText: published.number });
    await expect(card).toBeVisible({ timeout: 90_000 });
    const note = card.getByTestId('reopened-note');
    await expect(note).toContainText('Заявка открыта повторно');
    await expect(note).toContainText(/Ответ опубликован \d{2}\.\d{2}\.\d{4}\./);
    await expect(note).toContainText(/Житель оспорил его \d{2}\.\d{2}\.\d{4} \d{2}:\d{2}\./);
    const [year, month, day] = reopened.deadlineAt.slice(0, 10).split('-');
    await expect(note).toContainText(`Новый срок — ${day}.${month}.${year}.`);
    // No green «Принят» beside «Повторно»: the report's chip says the answer was disputed.
    await expect(card.getByTestId('report-state')).toHaveText('Ответ оспорен');
    await expect(card.getByText('Принят', { exact: true })).toHaveCount(0);
    await page.screenshot({ path: 'test-results/screens/my-work-reopened-ru.png' });
  });
});
