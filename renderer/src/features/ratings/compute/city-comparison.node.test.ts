import { describe, expect, it } from 'vitest';
import type { CompanyStats } from '@shared/domain';
import { compareWithCity } from './city-comparison';
import { computeRatings } from './compute';
import { NOW_MS, choice, mayRows } from './test/may-holidays';

const local = computeRatings(mayRows, { choice, nowMs: NOW_MS }).current;
const context = { lastSyncAt: '2026-05-20T11:00:00+03:00' };

/** What the city would answer for the hand-made case with its definitions. */
const sameAsCity: CompanyStats = {
  issues: 6,
  resolved: 2,
  onTime: 3,
  overdue: 3,
  returned: 1,
  reopened: 2,
  avgScore: 3,
  scoreCounts: { 1: 1, 2: 1, 3: 0, 4: 1, 5: 1 },
  medianHoursToReport: 69,
};

describe('the city’s figures beside the local ones', () => {
  it('agree on the hand-made case, the median explained as clock against working hours', () => {
    const rows = compareWithCity(local, sameAsCity, context);
    expect(rows.filter((row) => row.differs)).toEqual([]);
    expect(rows.find((row) => row.id === 'medianHours')).toMatchObject({
      local: 69,
      city: 69,
      reasons: [{ kind: 'clockVsWorking', workingHours: 40 }],
    });
  });

  it('flag each difference with its likely reasons', () => {
    // The city has one more issue (received after the last sync) and one more on-time answer
    // (the report in the outbox reached it, but its answer did not reach us).
    const rows = compareWithCity(local, { ...sameAsCity, issues: 7, onTime: 4 }, context);
    expect(rows.filter((row) => row.differs).map((row) => [row.id, row.reasons.map((r) => r.kind)])).toEqual([
      ['issues', ['missingIssues', 'sinceSync']],
      ['onTime', ['missingIssues', 'outbox', 'sinceSync']],
    ]);
    const fewer = compareWithCity(local, { ...sameAsCity, issues: 5 }, context);
    expect(fewer.find((row) => row.id === 'issues')?.reasons[0]).toEqual({ kind: 'extraIssues', count: 1 });
  });

  it('compare at the city’s precision: 2 decimals of score, 1 of hours', () => {
    const rows = compareWithCity({ ...local, avgScore: 3.004, medianClockHours: 69.04 }, sameAsCity, context);
    expect(rows.filter((row) => row.differs)).toEqual([]);
  });
});
