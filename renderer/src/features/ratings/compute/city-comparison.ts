import type { CompanyStats } from '@shared/domain';
import { scores, type Figures } from './figures';

export const cityFigureIds = [
  'issues',
  'resolved',
  'onTime',
  'overdue',
  'returned',
  'reopened',
  'avgScore',
  'scoreCounts',
  'medianHours',
] as const;
export type CityFigureId = (typeof cityFigureIds)[number];

/** Why a local figure and the city's may differ, in terms the screen puts into words. */
export type DifferenceReason =
  /** Not a difference: the city counts clock hours; this workstation also counts working hours. */
  | { kind: 'clockVsWorking'; workingHours: number | null }
  /** The city counts issues this replica does not have yet (received or moved here after the last sync). */
  | { kind: 'missingIssues'; count: number }
  /** This replica has issues the city no longer counts as the company's (withdrawn or moved after the last sync). */
  | { kind: 'extraIssues'; count: number }
  /** Reports sent from here that the city may have received without this workstation knowing yet. */
  | { kind: 'outbox'; count: number }
  /** Whatever changed in the city since the last sync. */
  | { kind: 'sinceSync'; lastSyncAt: string | null };

export interface CityFigureComparison {
  id: CityFigureId;
  /** Numbers as shown; for the score distribution, the counts of 1 to 5. */
  local: readonly number[] | number | null;
  city: readonly number[] | number | null;
  differs: boolean;
  reasons: DifferenceReason[];
}

export interface ComparisonContext {
  lastSyncAt: string | null;
}

const round = (value: number | null, decimals: number): number | null =>
  value === null ? null : Math.round(value * 10 ** decimals) / 10 ** decimals;

/**
 * The locally computed figures beside the city's own for the same period, each difference
 * with its likely reasons. The city rounds the average score to 2 decimals and the median to 1,
 * so the local ones are compared at the same precision.
 */
export function compareWithCity(
  local: Figures,
  city: CompanyStats,
  context: ComparisonContext,
): CityFigureComparison[] {
  const localScores = scores.map((score) => local.scoreCounts[score]);
  const cityScores = scores.map((score) => city.scoreCounts[score]);
  const pairs: Record<CityFigureId, [readonly number[] | number | null, readonly number[] | number | null]> =
    {
      issues: [local.issues, city.issues],
      resolved: [local.resolved, city.resolved],
      onTime: [local.onTime, city.onTime],
      overdue: [local.overdue, city.overdue],
      returned: [local.returned, city.returned],
      reopened: [local.reopened, city.reopened],
      avgScore: [round(local.avgScore, 2), city.avgScore],
      scoreCounts: [localScores, cityScores],
      medianHours: [round(local.medianClockHours, 1), city.medianHoursToReport],
    };
  const issueGap = city.issues - local.issues;
  return cityFigureIds.map((id) => {
    const [mine, theirs] = pairs[id];
    const differs = JSON.stringify(mine) !== JSON.stringify(theirs);
    const reasons: DifferenceReason[] = [];
    if (id === 'medianHours')
      reasons.push({ kind: 'clockVsWorking', workingHours: local.medianWorkingHours });
    if (differs) {
      if (issueGap > 0) reasons.push({ kind: 'missingIssues', count: issueGap });
      if (issueGap < 0) reasons.push({ kind: 'extraIssues', count: -issueGap });
      if (local.reportsInOutbox > 0 && id !== 'issues')
        reasons.push({ kind: 'outbox', count: local.reportsInOutbox });
      reasons.push({ kind: 'sinceSync', lastSyncAt: context.lastSyncAt });
    }
    return { id, local: mine, city: theirs, differs, reasons };
  });
}
