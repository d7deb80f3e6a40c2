import { describe, expect, it } from 'vitest';
import type { FirstPullProgress } from '../../db/records';
import { createI18n } from '../../i18n';
import { firstPullPercent, firstPullText } from './first-pull-text';

const NOW = Date.parse('2026-12-01T09:00:00Z');

const progress = (patch: Partial<FirstPullProgress>): FirstPullProgress => ({
  stage: 'history',
  startedAt: '2026-12-01T08:58:00Z',
  openIssues: 9_000,
  issuesReceived: 12_400,
  issuesExpected: 85_000,
  expectedDoneAt: new Date(NOW + 2 * 60_000).toISOString(),
  historyFrom: '2025-03-14T07:00:00Z',
  historyThrough: '2025-06-02T07:00:00Z',
  ...patch,
});

/** Intl's group separators as plain spaces, to compare with what a person reads. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('the first pull in words', () => {
  it('says how many of about how many and the time left, in Russian and English', async () => {
    const ru = await createI18n('ru');
    const en = await createI18n('en');
    const view = { running: true, progress: progress({}) };
    expect(plain(firstPullText(ru.t, view, NOW, 'ru'))).toBe(
      'Загружено 12 400 из ≈85 000 заявок · осталось ≈2 мин',
    );
    expect(firstPullText(en.t, view, NOW, 'en')).toMatch(/^Loaded 12,400 of ≈85,000 issues · ≈2 min/);
    expect(firstPullPercent(view)).toBeCloseTo(14.6, 1);
  });

  it('says what it is loading before the total is known, and when it waits for the city', async () => {
    const { t } = await createI18n('ru');
    expect(
      firstPullText(
        t,
        { running: true, progress: progress({ stage: 'open_work', issuesReceived: 0 }) },
        NOW,
        'ru',
      ),
    ).toBe('Загружаем открытые заявки из города…');
    const unknown = progress({ issuesExpected: null, expectedDoneAt: null, issuesReceived: 9_001 });
    expect(plain(firstPullText(t, { running: true, progress: unknown }, NOW, 'ru'))).toBe(
      'Загружена 9 001 заявка · оцениваем, сколько осталось',
    );
    expect(firstPullPercent({ running: true, progress: unknown })).toBeNull();
    expect(plain(firstPullText(t, { running: false, progress: progress({}) }, NOW, 'ru'))).toBe(
      'Загружено 12 400 из ≈85 000 заявок · продолжим, когда будет связь с городом',
    );
  });
});
