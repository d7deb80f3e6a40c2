import type { Figures } from './figures';

export const kpiIds = [
  'issues',
  'onTime',
  'overdue',
  'returned',
  'reopened',
  'avgScore',
  'medianHours',
] as const;
export type KpiId = (typeof kpiIds)[number];

/** Which way a figure should move for the company to be doing better. */
export type Better = 'higher' | 'lower' | 'neither';

export interface KpiChange {
  /** current − previous; null when either is unknown. Shares are in fractions (0.032 = 3.2 points). */
  delta: number | null;
  direction: 'up' | 'down' | 'flat' | null;
  meaning: 'good' | 'bad' | 'neutral';
}

export interface Kpi {
  id: KpiId;
  value: number | null;
  previous: number | null;
  better: Better;
  change: KpiChange;
}

/** Differences smaller than these read as "no change" (rounding of what the screen shows). */
const FLAT: Record<KpiId, number> = {
  issues: 0,
  onTime: 0.0005,
  overdue: 0,
  returned: 0,
  reopened: 0,
  avgScore: 0.005,
  medianHours: 0.05,
};

const reading: Record<KpiId, { of: (figures: Figures) => number | null; better: Better }> = {
  // More complaints is neither good nor bad for the company: residents decide that.
  issues: { of: (f) => f.issues, better: 'neither' },
  onTime: { of: (f) => f.onTimeShare, better: 'higher' },
  overdue: { of: (f) => f.overdue, better: 'lower' },
  returned: { of: (f) => f.returned, better: 'lower' },
  reopened: { of: (f) => f.reopened, better: 'lower' },
  avgScore: { of: (f) => f.avgScore, better: 'higher' },
  medianHours: { of: (f) => f.medianWorkingHours, better: 'lower' },
};

export function changeOf(id: KpiId, current: number | null, previous: number | null): KpiChange {
  const { better } = reading[id];
  if (current === null || previous === null) return { delta: null, direction: null, meaning: 'neutral' };
  const delta = current - previous;
  if (Math.abs(delta) <= FLAT[id]) return { delta, direction: 'flat', meaning: 'neutral' };
  const direction = delta > 0 ? 'up' : 'down';
  if (better === 'neither') return { delta, direction, meaning: 'neutral' };
  const good = (direction === 'up') === (better === 'higher');
  return { delta, direction, meaning: good ? 'good' : 'bad' };
}

/** The headline figures of the period, each with its change against the previous period. */
export function kpisOf(current: Figures, previous: Figures): Kpi[] {
  return kpiIds.map((id) => {
    const value = reading[id].of(current);
    const before = reading[id].of(previous);
    return { id, value, previous: before, better: reading[id].better, change: changeOf(id, value, before) };
  });
}
