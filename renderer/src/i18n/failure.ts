import type { TFunction } from 'i18next';
import { failureKeyOf } from '@shared/i18n';

/**
 * A failure as stored or returned: a code (CityError kind, problem `code`, DeskError code,
 * photo refusal, sync's own), the technical detail for the log and «Подробнее», and values
 * some entries fill in (seconds to wait, a file's size).
 */
export interface Failure {
  code: string;
  detail?: string;
  values?: Record<string, string | number>;
}

export interface FailureText {
  what: string;
  next: string;
}

/** What happened and what to do next, in the person's language, from the code alone. */
export function describeFailure(t: TFunction, failure: Failure): FailureText {
  const key = failureKeyOf(failure.code);
  const values = failure.values ?? {};
  return {
    what: t(`common.failures.${key}.what`, values),
    next: t(`common.failures.${key}.next`, values),
  };
}

/** The one sentence for a notice or a snackbar: what happened, then what to do next. */
export function failureSentence(t: TFunction, failure: Failure): string {
  const { what, next } = describeFailure(t, failure);
  return `${what} ${next}`;
}

const logged = new Set<string>();

/** Writes a failure's code and technical detail to the log, once per distinct failure. */
export function logFailure(failure: Failure): void {
  const line = `${failure.code}: ${failure.detail ?? ''}`;
  if (logged.has(line)) return;
  logged.add(line);
  if (logged.size > 200) logged.clear();
  console.warn(`[failure] ${line}`);
}
