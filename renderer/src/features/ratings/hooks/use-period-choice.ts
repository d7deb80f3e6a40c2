import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { moscowDateOf } from '@shared/calendar';
import {
  customPeriod,
  DEFAULT_PRESET,
  isIsoDate,
  isNamedPreset,
  lastDayOf,
  presetPeriod,
  type PeriodChoice,
  type NamedPreset,
} from '../compute/period';

// The period lives in the address (`#/ratings?period=quarter`, `#/ratings?period=custom&from=
// 2026-10-01&through=2026-10-31`), so that coming back from a drill-down into the queue shows
// the same period, and a link to it can be sent.

export interface PeriodControl {
  choice: PeriodChoice;
  /** Today in Moscow, the last day a preset period reaches. */
  today: string;
  choosePreset(preset: NamedPreset): void;
  chooseDates(from: string, through: string): void;
}

export function choiceFromParams(params: URLSearchParams, today: string): PeriodChoice {
  const preset = params.get('period');
  const from = params.get('from') ?? '';
  const through = params.get('through') ?? '';
  if (preset === 'custom' && isIsoDate(from) && isIsoDate(through) && from <= through)
    return customPeriod(from, through);
  if (isNamedPreset(preset)) return presetPeriod(preset, today);
  return presetPeriod(DEFAULT_PRESET, today);
}

export function usePeriodChoice(nowMs: number): PeriodControl {
  const [params, setParams] = useSearchParams();
  const today = moscowDateOf(nowMs);
  const search = params.toString();
  const choice = useMemo(() => choiceFromParams(new URLSearchParams(search), today), [search, today]);
  const choosePreset = useCallback((preset: NamedPreset) => setParams({ period: preset }), [setParams]);
  const chooseDates = useCallback(
    (from: string, through: string) => setParams({ period: 'custom', from, through }),
    [setParams],
  );
  return { choice, today, choosePreset, chooseDates };
}

/** The last day of the chosen period, for the date fields. */
export const throughOf = (choice: PeriodChoice): string => lastDayOf(choice.current);
