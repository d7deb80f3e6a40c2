import { expect, type Locator, type Page } from '@playwright/test';
import type { Issue } from '@shared/domain';
import { cityUser, e2eCityUrl, FIRST_SYNC_TIMEOUT, signIn } from './city';
import { reportsInCity } from './issues';

/** The supervisor signed in, with the report editor of `issue` open; its card in «Мои заявки» is returned. */
export async function openReportEditor(page: Page, issue: Issue): Promise<Locator> {
  await signIn(page, 'supervisor');
  await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Мои заявки' }).click();
  const card = page.getByTestId('my-work-item').filter({ hasText: issue.number });
  await expect(card).toBeVisible({ timeout: FIRST_SYNC_TIMEOUT });
  await card.getByRole('button', { name: 'Написать отчёт' }).click();
  return card;
}

/** The city's copy of the first photo of the report it holds on `issueId`, fetched as the supervisor. */
export async function firstReportPhotoInCity(issueId: string): Promise<Response> {
  const [report] = await reportsInCity(issueId);
  const [photo] = report?.photos ?? [];
  if (photo === undefined) throw new Error('the report reached the city without its photo');
  const { accessToken } = await cityUser('supervisor');
  return fetch(`${e2eCityUrl}/api/v1/photos/${photo.sha256}`, {
    headers: { authorization: `Bearer ${accessToken}` },
  });
}
