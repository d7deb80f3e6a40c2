import { useTranslation } from 'react-i18next';
import { localeOf } from '@shared/i18n';
import { MOSCOW_TIME_ZONE } from '../../../i18n/format';
import type { AnswerCheckResult } from '../checks/answer-check';
import { CheckItem } from './CheckItem';

/** The answer check's findings (checks/answer-check.ts) as lines of the checks before sending. */
export function AnswerCheckItems({ results }: { results: readonly AnswerCheckResult[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? localeOf.en : localeOf.ru;
  const dateOf = (instant: string | null) =>
    instant === null
      ? '—'
      : new Intl.DateTimeFormat(locale, {
          timeZone: MOSCOW_TIME_ZONE,
          day: '2-digit',
          month: '2-digit',
          year: 'numeric',
        }).format(new Date(instant));
  return results.map((result) => {
    const words = t(`checks.answer.items.${result.code}`, {
      returnObjects: true,
      ...result.numbers,
      comment: result.returned?.comment ?? '',
      date: dateOf(result.returned?.decidedAt ?? null),
    });
    return (
      <CheckItem
        key={result.code}
        passed={result.passed}
        primary={`${words.label}: ${words.reason}`}
        next={words.next}
        testId="answer-check"
      />
    );
  });
}
