import type { TFunction } from 'i18next';
import type { RiskReason } from './compute/types';

// A flag's reasons in the person's language (messages.ts), numbers rounded as a person reads them.

const hours = (value: number): string => String(Math.round(value));
const factor = (value: number): string => value.toFixed(1).replace(/\.0$/, '');

/** One reason in words. */
export function reasonWords(reason: RiskReason, t: TFunction): string {
  switch (reason.code) {
    case 'expected_late':
      return t('risk.reason.expected_late', {
        expected: hours(reason.expectedHours),
        left: hours(reason.hoursLeft),
        alike: reason.alike,
        late: reason.lateAlike,
        scope: t(reason.source === 'topic' ? 'risk.reason.scopeTopic' : 'risk.reason.scopeCompany'),
      });
    case 'beyond_history':
      return t('risk.reason.beyond_history', {
        elapsed: hours(reason.elapsedHours),
        samples: reason.samples,
      });
    case 'no_history':
      return t('risk.reason.no_history', { left: hours(reason.hoursLeft) });
    case 'unassigned':
      return t('risk.reason.unassigned', { factor: factor(reason.factor) });
    case 'heavy_load':
      return t('risk.reason.heavy_load', {
        open: reason.open,
        typical: factor(reason.typicalOpen),
        factor: factor(reason.factor),
      });
    case 'rework':
      return t('risk.reason.rework');
  }
}

/** All of a flag's reasons, the main one first, as one line. */
export function reasonsLine(reasons: readonly RiskReason[], t: TFunction): string {
  return reasons.map((reason) => reasonWords(reason, t)).join('; ');
}
