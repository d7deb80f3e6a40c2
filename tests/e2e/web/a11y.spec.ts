import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { e2eCityUrl, FIRST_SYNC_TIMEOUT } from '../support/city';
import { expectNothingCut } from '../support/layout';
import { issueInWork } from '../support/issues';

// Every screen at 1280 px, in Russian and in English: no serious or critical axe-core failure
// (WCAG 2.1 AA), no label or heading cut, and a screenshot of each to look at (test-results/screens/).

const words = {
  ru: {
    signInTitle: 'Вход в Gorod Desk',
    server: 'Сервер города',
    login: 'Логин',
    password: 'Пароль',
    submit: 'Войти',
    nav: 'Разделы',
    myWork: 'Мои заявки',
    writeReport: 'Написать отчёт',
    editor: /Отчёт по заявке/,
    sync: 'Синхронизация',
    settings: 'Настройки',
    signOut: 'Выйти',
    agree: 'Все цифры совпадают с городскими.',
  },
  en: {
    signInTitle: 'Sign in to Gorod Desk',
    server: 'City server',
    login: 'Login',
    password: 'Password',
    submit: 'Sign in',
    nav: 'Sections',
    myWork: 'My work',
    writeReport: 'Write the report',
    editor: /Report on issue/,
    sync: 'Sync',
    settings: 'Settings',
    signOut: 'Sign out',
    agree: 'Every figure matches the city’s.',
  },
} as const;

type Language = keyof typeof words;

async function signInAs(page: Page, language: Language, login: string): Promise<void> {
  const w = words[language];
  await page.getByLabel(w.server).fill(e2eCityUrl);
  await page.getByLabel(w.login).fill(login);
  await page.getByLabel(w.password).fill('demo');
  await page.getByRole('button', { name: w.submit }).click();
  await expect(page.getByRole('navigation', { name: w.nav })).toBeVisible();
}

async function check(page: Page, screen: string, language: Language): Promise<void> {
  await expectNoSeriousA11yViolations(page, `${screen} (${language})`);
  await expectNothingCut(page.locator('body'), `${screen} (${language})`);
  await page.screenshot({ path: `test-results/screens/${screen}-${language}.png` });
}

for (const language of ['ru', 'en'] as const) {
  test(`every screen passes axe-core in ${language === 'ru' ? 'Russian' : 'English'}`, async ({ page }) => {
    // The manager's ratings wait for the first sync of a year of the demo city.
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    const w = words[language];
    const issue = await issueInWork();

    await page.goto('/');
    if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: w.signInTitle })).toBeVisible();
    await check(page, 'sign-in', language);

    await signInAs(page, language, 'supervisor');
    const card = page.getByTestId('my-work-item').filter({ hasText: issue.number });
    await expect(card).toBeVisible({ timeout: 90_000 });
    await expect(page.getByRole('heading', { level: 1, name: w.myWork })).toBeVisible();
    await check(page, 'my-work', language);

    await card.getByRole('button', { name: w.writeReport }).click();
    await expect(page.getByRole('heading', { level: 1, name: w.editor })).toBeVisible();
    await check(page, 'report-editor', language);

    await page.goto(`/#/queue?view=all`);
    await expect(page.getByTestId('queue-grid')).toBeVisible();
    await check(page, 'queue', language);

    await page.goto(`/#/queue/${issue.id}?view=all`);
    await expect(page.getByTestId('issue-panel').getByTestId('panel-number')).toHaveText(issue.number);
    await check(page, 'issue-panel', language);

    const nav = page.getByRole('navigation', { name: w.nav });
    await nav.getByRole('link', { name: w.sync }).click();
    await expect(page.getByRole('heading', { level: 1, name: w.sync })).toBeVisible();
    await check(page, 'sync', language);

    await nav.getByRole('link', { name: w.settings }).click();
    await expect(page.getByRole('heading', { level: 1, name: w.settings })).toBeVisible();
    await check(page, 'settings', language);

    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: w.signOut }).click();
    await signInAs(page, language, 'manager');
    await expect(page).toHaveURL(/#\/ratings/);
    // The figures as they settle once the first sync has brought the company's year: they agree with the city's.
    await expect(page.getByTestId('city-summary')).toHaveText(w.agree, { timeout: FIRST_SYNC_TIMEOUT });
    await expect(page.getByTestId('kpi-issues-value')).toHaveText(/\d/);
    await expect(page.getByTestId('ratings-computing')).toHaveCount(0);
    await check(page, 'ratings', language);
  });
}
