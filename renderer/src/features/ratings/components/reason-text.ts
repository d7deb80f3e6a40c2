import type { TFunction } from 'i18next';
import type { Language } from '@shared/ipc';
import type { DifferenceReason } from '../compute/city-comparison';
import { formatDecimal, formatMoscowShort } from '../format';

/** A reason for a difference between the local and the city's figures, in words. */
export function reasonText(reason: DifferenceReason, language: Language, t: TFunction): string {
  switch (reason.kind) {
    case 'clockVsWorking':
      return t('ratings.city.reasons.clockVsWorking', {
        hours:
          reason.workingHours === null
            ? '—'
            : t('ratings.units.hours', { value: formatDecimal(reason.workingHours, language, 1) }),
      });
    case 'missingIssues':
      return t('ratings.city.reasons.missingIssues', { count: reason.count });
    case 'extraIssues':
      return t('ratings.city.reasons.extraIssues', { count: reason.count });
    case 'outbox':
      return t('ratings.city.reasons.outbox', { count: reason.count });
    case 'sinceSync':
      return reason.lastSyncAt === null
        ? t('ratings.city.reasons.neverSynced')
        : t('ratings.city.reasons.sinceSync', { time: formatMoscowShort(reason.lastSyncAt, language) });
  }
}
