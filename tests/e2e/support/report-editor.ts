import { expect, type Locator, type Page } from '@playwright/test';
import type { Issue } from '@shared/domain';
import { FIRST_SYNC_TIMEOUT, signIn } from './city';

/** The supervisor signed in, with the report editor of `issue` open; its card in «Мои заявки» is returned. */
export async function openReportEditor(page: Page, issue: Issue): Promise<Locator> {
  await signIn(page, 'supervisor');
  await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Мои заявки' }).click();
  const card = page.getByTestId('my-work-item').filter({ hasText: issue.number });
  await expect(card).toBeVisible({ timeout: FIRST_SYNC_TIMEOUT });
  await card.getByRole('button', { name: 'Написать отчёт' }).click();
  return card;
}
