import { deadlineAt } from '@shared/calendar';
import type { CategoryRecord, IssueRecord, ReportRecord } from '../../db/records';
import { assigneeLoad } from './compute/load';
import type { RiskInput } from './compute/model';
import { emptyRiskHistory, learnWait, type PastWait } from './compute/risk-history';
import type { OpenIssue } from './compute/types';

// The model's input from the replica's rows: the open issues (waiting for the company's report),
// the history of waits that ended with a report sent, and the assignees' open load.

export interface ReplicaRows {
  readonly issues: readonly IssueRecord[];
  /** The city's reports (rows without `submittedAt`, drafts and queued ones, are passed over). */
  readonly reports: readonly ReportRecord[];
  readonly categories: readonly CategoryRecord[];
  /** When each reopened issue was last reopened (from the timeline), where known. */
  readonly reopenedAt: ReadonlyMap<string, number>;
}

interface SentReport {
  submittedAt: number;
  decidedAt: number | null;
  status: ReportRecord['status'];
}

const waitingStatuses = new Set(['new', 'in_progress', 'returned', 'reopened']);

export function riskInputFromReplica(rows: ReplicaRows, now: number): RiskInput {
  const sla = new Map(rows.categories.map((category) => [category.id, category.slaWorkingDays]));
  const sent = sentReportsByIssue(rows.reports);
  const history = emptyRiskHistory();
  const issues: OpenIssue[] = [];
  const assignees: (string | null)[] = [];
  for (const issue of rows.issues) {
    const reports = sent.get(issue.id) ?? [];
    const firstDeadline = Date.parse(deadlineAt(issue.receivedAt, sla.get(issue.categoryId) ?? 1));
    for (const wait of pastWaits(issue, reports, firstDeadline))
      if (wait.reportedAt < now) learnWait(history, wait);
    if (!waitingStatuses.has(issue.status)) continue;
    const assigneeId =
      issue.pending?.state === 'pending' && issue.pending.assigneeId !== undefined
        ? issue.pending.assigneeId
        : issue.assigneeId;
    assignees.push(assigneeId);
    issues.push({
      id: issue.id,
      categoryId: issue.categoryId,
      assigneeId,
      waiting: issue.status === 'returned' ? 'rework' : 'first_report',
      waitingSince: waitingSince(issue, reports, rows.reopenedAt),
      deadlineAt: Date.parse(issue.deadlineAt),
    });
  }
  return { issues, history, load: assigneeLoad(assignees), now };
}

function sentReportsByIssue(reports: readonly ReportRecord[]): Map<string, SentReport[]> {
  const byIssue = new Map<string, SentReport[]>();
  for (const report of reports) {
    if (report.submittedAt === undefined) continue;
    const list = byIssue.get(report.issueId) ?? [];
    list.push({
      submittedAt: Date.parse(report.submittedAt),
      decidedAt: report.decidedAt == null ? null : Date.parse(report.decidedAt),
      status: report.status,
    });
    byIssue.set(report.issueId, list);
  }
  for (const list of byIssue.values()) list.sort((a, b) => a.submittedAt - b.submittedAt);
  return byIssue;
}

/**
 * The waits of the issue's first round: receipt to the first report, and each return to its
 * rework, up to the first accepted answer (a reopened round's deadline is not kept in the replica).
 */
function pastWaits(issue: IssueRecord, reports: readonly SentReport[], firstDeadline: number): PastWait[] {
  const first = reports[0];
  if (first === undefined) return [];
  const { categoryId } = issue;
  const base = { categoryId, deadlineAt: firstDeadline };
  const waits: PastWait[] = [
    { ...base, waiting: 'first_report', from: Date.parse(issue.receivedAt), reportedAt: first.submittedAt },
  ];
  for (const [index, report] of reports.entries()) {
    if (report.status === 'accepted') break;
    const next = reports[index + 1];
    if (report.status === 'rejected' && report.decidedAt !== null && next !== undefined)
      waits.push({ ...base, waiting: 'rework', from: report.decidedAt, reportedAt: next.submittedAt });
  }
  return waits;
}

/** When the issue's present wait began: the reopening, the last return, or the receipt. */
function waitingSince(
  issue: IssueRecord,
  reports: readonly SentReport[],
  reopenedAt: ReadonlyMap<string, number>,
): number {
  const decided = (status: SentReport['status']): number | undefined =>
    reports.filter((report) => report.status === status && report.decidedAt !== null).at(-1)?.decidedAt ??
    undefined;
  if (issue.status === 'reopened')
    return reopenedAt.get(issue.id) ?? decided('accepted') ?? Date.parse(issue.receivedAt);
  if (issue.status === 'returned') return decided('rejected') ?? Date.parse(issue.receivedAt);
  return Date.parse(issue.receivedAt);
}
