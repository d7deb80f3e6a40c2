import type { TFunction } from 'i18next';
import type { Language } from '@shared/ipc';
import type { FirstPullView } from '../../db/use-first-pull';
import { formatApproxDuration, formatCount } from '../../i18n/format';

/** The first pull in one line: how many issues are here, of about how many, and the time left. */
export function firstPullText(t: TFunction, view: FirstPullView, nowMs: number, language: Language): string {
  const { progress, running } = view;
  const received = formatCount(progress.issuesReceived, language);
  if (progress.stage === 'open_work')
    return progress.issuesReceived === 0
      ? t('firstPull.openWorkStart')
      : t('firstPull.openWork', { received });
  const expected = progress.issuesExpected;
  const counted =
    expected === null
      ? t('firstPull.receivedSoFar', { count: progress.issuesReceived, received })
      : t('firstPull.receivedOf', { count: expected, received, expected: formatCount(expected, language) });
  if (!running) return `${counted} · ${t('firstPull.paused')}`;
  const doneAt = progress.expectedDoneAt === null ? null : Date.parse(progress.expectedDoneAt);
  const left =
    doneAt === null
      ? t('firstPull.leftUnknown')
      : t('firstPull.left', { duration: formatApproxDuration(doneAt - nowMs, language) });
  return `${counted} · ${left}`;
}

/** How far the pull has come, 0..100, or null while the total is not known yet. */
export function firstPullPercent(view: FirstPullView): number | null {
  const { issuesReceived, issuesExpected, stage } = view.progress;
  if (stage === 'open_work' || issuesExpected === null || issuesExpected <= 0) return null;
  return Math.min(100, (issuesReceived / issuesExpected) * 100);
}
