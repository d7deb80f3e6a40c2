import type Database from 'better-sqlite3';
import type { CompanyStats } from '@shared/domain';

// The city's own figures for a company's issues received in [fromMs, toMs), computed with
// one query over the issues and their first report, rejections, reopenings and ratings.
// Definitions (from the contract, and where it is silent, decided here):
// - issues: the company's issues received in the window (issues the city withdrew from it are not its issues any more);
// - resolved: of those, resolved now;
// - onTime: the first report was submitted no later than the deadline the issue had before any reopening
//   (the deadline is the whole of its last day, up to 23:59:59.999);
// - overdue: not resolved, and the current deadline has passed;
// - returned: at least one of the company's reports on it was rejected;
// - reopened: a resident's dispute reopened it at least once;
// - avgScore / scoreCounts: over every rating of the company's answers on those issues; avgScore to 2 decimals;
// - medianHoursToReport: clock hours from receipt to the first report, over issues with a report, to 1 decimal.

interface IssueFigures {
  status: string;
  received_at: number;
  deadline_at: number;
  first_deadline_at: number | null;
  first_report_at: number | null;
  rejected_reports: number;
  reopenings: number;
}

const HOUR_MS = 3_600_000;

const round = (value: number, decimals: number): number => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

export class CompanyStatsQuery {
  private readonly figures;
  private readonly scores;

  constructor(db: Database.Database) {
    this.figures = db.prepare<[string, number, number], IssueFigures>(`
      SELECT i.status, i.received_at, i.deadline_at, i.first_deadline_at,
        (SELECT MIN(r.submitted_at) FROM reports r WHERE r.issue_id = i.id AND r.company_id = i.company_id) AS first_report_at,
        (SELECT COUNT(*) FROM reports r WHERE r.issue_id = i.id AND r.company_id = i.company_id AND r.status = 'rejected') AS rejected_reports,
        (SELECT COUNT(*) FROM issue_events e WHERE e.issue_id = i.id AND e.company_id = i.company_id AND e.kind = 'reopened') AS reopenings
      FROM issues i
      WHERE i.company_id = ? AND i.received_at >= ? AND i.received_at < ?`);
    this.scores = db.prepare<[string, number, number], { score: number; count: number }>(`
      SELECT g.score, COUNT(*) AS count FROM ratings g JOIN issues i ON i.id = g.issue_id
      WHERE i.company_id = ? AND g.company_id = i.company_id AND i.received_at >= ? AND i.received_at < ?
      GROUP BY g.score`);
  }

  compute(companyId: string, fromMs: number, toMs: number, nowMs: number): CompanyStats {
    const rows = this.figures.all(companyId, fromMs, toMs);
    const hoursToReport: number[] = [];
    let resolved = 0;
    let onTime = 0;
    let overdue = 0;
    let returned = 0;
    let reopened = 0;
    for (const row of rows) {
      if (row.status === 'resolved') resolved += 1;
      else if (nowMs > row.deadline_at) overdue += 1;
      if (row.first_report_at !== null) {
        if (row.first_report_at < (row.first_deadline_at ?? row.deadline_at) + 1000) onTime += 1;
        hoursToReport.push(Math.max(0, row.first_report_at - row.received_at) / HOUR_MS);
      }
      if (row.rejected_reports > 0) returned += 1;
      if (row.reopenings > 0) reopened += 1;
    }
    const scoreCounts = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
    let scoreTotal = 0;
    let ratings = 0;
    for (const { score, count } of this.scores.all(companyId, fromMs, toMs)) {
      if (score === 1 || score === 2 || score === 3 || score === 4 || score === 5)
        scoreCounts[score] += count;
      scoreTotal += score * count;
      ratings += count;
    }
    const medianHours = median(hoursToReport);
    return {
      issues: rows.length,
      resolved,
      onTime,
      overdue,
      returned,
      reopened,
      avgScore: ratings === 0 ? null : round(scoreTotal / ratings, 2),
      scoreCounts,
      medianHoursToReport: medianHours === null ? null : round(medianHours, 1),
    };
  }
}
