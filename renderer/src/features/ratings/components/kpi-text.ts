import type { TFunction } from 'i18next';
import type { Language } from '@shared/ipc';
import type { KpiId } from '../compute/kpis';
import { formatCount, formatDecimal, formatShare, formatSigned } from '../format';

/** A headline figure as the card shows it: "88,2 %", "3,81", "40,0 ч", "27". */
export function formatKpiValue(id: KpiId, value: number | null, language: Language, t: TFunction): string {
  if (value === null) return '—';
  switch (id) {
    case 'onTime':
      return formatShare(value, language);
    case 'avgScore':
      return formatDecimal(value, language, 2);
    case 'medianHours':
      return t('ratings.units.hours', { value: formatDecimal(value, language, 1) });
    case 'issues':
    case 'overdue':
    case 'returned':
    case 'reopened':
      return formatCount(value, language);
  }
}

/** A change as the card shows it: "+3", "−2,4 п. п.", "+0,15", "−4,5 ч". */
export function formatKpiDelta(id: KpiId, delta: number, language: Language, t: TFunction): string {
  switch (id) {
    case 'onTime':
      return t('ratings.units.points', { value: formatSigned(delta * 100, language, 1) });
    case 'avgScore':
      return formatSigned(delta, language, 2);
    case 'medianHours':
      return t('ratings.units.hours', { value: formatSigned(delta, language, 1) });
    case 'issues':
    case 'overdue':
    case 'returned':
    case 'reopened':
      return formatSigned(delta, language);
  }
}
