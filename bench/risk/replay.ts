import { deadlineAt } from '../../shared/calendar';
import type { SeedIssueEvent, SeedWorld } from '../../city-server/src/seed/world';
import type { PastWait } from '../../renderer/src/features/risk/compute/risk-history';
import type { OpenIssue } from '../../renderer/src/features/risk/compute/types';

// A seed world's issues as the company knew them at any past moment, rebuilt from their
// lifecycle timestamps (receipt, assignments, reports and decisions, reopenings, withdrawal),
// and what really happened after: whether the report the issue was waiting for came late.

interface PastReport {
  submittedAt: number;
  decidedAt: number | null;
  rejected: boolean;
}

interface ReplayedIssue {
  id: string;
  categoryId: string;
  receivedAt: number;
  firstDeadline: number;
  assignments: { at: number; assigneeId: string }[];
  reopenings: { at: number; deadline: number }[];
  withdrawnAt: number | null;
  reports: PastReport[];
}

/** An issue waiting for its report at the replayed moment, and whether that report came late. */
export interface ReplayedOpenIssue extends OpenIssue {
  /** true: late; false: on time; null: not known (withdrawn, or the deadline is after the world's now). */
  late: boolean | null;
}

const ms = (iso: string): number => Date.parse(iso);

function withdrawalOf(events: readonly SeedIssueEvent[]): number | null {
  const withdrawal = events.find((event) => event.kind === 'withdrawn');
  return withdrawal === undefined ? null : ms(withdrawal.at);
}

export class CompanyReplay {
  private readonly issues: ReplayedIssue[];
  /** Every wait that ended with a report, in the order the reports were sent. */
  readonly waits: PastWait[];

  constructor(
    world: SeedWorld,
    companyId: string,
    private readonly worldNow: number,
  ) {
    const sla = new Map(world.categories.map((c) => [c.id, c.slaWorkingDays]));
    const reportsOf = new Map<string, PastReport[]>();
    for (const { companyId: owner, report } of world.reports) {
      if (owner !== companyId) continue;
      const list = reportsOf.get(report.issueId) ?? [];
      list.push({
        submittedAt: ms(report.submittedAt),
        decidedAt: report.decidedAt === null ? null : ms(report.decidedAt),
        rejected: report.status === 'rejected',
      });
      reportsOf.set(report.issueId, list);
    }
    this.issues = world.issues
      .filter((seed) => seed.companyId === companyId)
      .map(({ issue, events }) => ({
        id: issue.id,
        categoryId: issue.categoryId,
        receivedAt: ms(issue.receivedAt),
        firstDeadline: ms(deadlineAt(issue.receivedAt, sla.get(issue.categoryId) ?? 1)),
        assignments: events.flatMap((e) =>
          e.kind === 'assigned' ? [{ at: ms(e.at), assigneeId: e.assigneeId }] : [],
        ),
        reopenings: events.flatMap((e) =>
          e.kind === 'reopened' ? [{ at: ms(e.at), deadline: ms(e.deadlineAt) }] : [],
        ),
        withdrawnAt: withdrawalOf(events),
        reports: (reportsOf.get(issue.id) ?? []).sort((a, b) => a.submittedAt - b.submittedAt),
      }));
    this.waits = this.issues.flatMap(waitsOf).sort((a, b) => a.reportedAt - b.reportedAt);
  }

  /** The company's first receipt: where its history begins. */
  get firstReceipt(): number {
    return Math.min(...this.issues.map((issue) => issue.receivedAt));
  }

  /** Every issue waiting for the company's report at `at` (overdue ones too), with how it ended. */
  openAt(at: number): ReplayedOpenIssue[] {
    const open: ReplayedOpenIssue[] = [];
    for (const issue of this.issues) {
      const state = stateAt(issue, at, this.worldNow);
      if (state !== null) open.push(state);
    }
    return open;
  }
}

function stateAt(issue: ReplayedIssue, at: number, worldNow: number): ReplayedOpenIssue | null {
  if (issue.receivedAt >= at || (issue.withdrawnAt !== null && issue.withdrawnAt <= at)) return null;
  const reopening = issue.reopenings.filter((r) => r.at < at).at(-1);
  const roundStart = reopening?.at ?? issue.receivedAt;
  const deadline = reopening?.deadline ?? issue.firstDeadline;
  const sent = issue.reports.filter((r) => r.submittedAt < at && r.submittedAt >= roundStart);
  const last = sent.at(-1);
  let waitingSince = roundStart;
  if (last !== undefined) {
    // Sent and not yet decided, or accepted: the company has answered.
    if (last.decidedAt === null || last.decidedAt >= at || !last.rejected) return null;
    waitingSince = last.decidedAt;
  }
  const next = issue.reports.find((r) => r.submittedAt >= at);
  const withdrawnFirst =
    issue.withdrawnAt !== null && (next === undefined || issue.withdrawnAt < next.submittedAt);
  let late: boolean | null;
  if (next !== undefined && !withdrawnFirst) late = next.submittedAt >= deadline;
  else late = !withdrawnFirst && worldNow >= deadline ? true : null;
  return {
    id: issue.id,
    categoryId: issue.categoryId,
    assigneeId: issue.assignments.filter((a) => a.at < at).at(-1)?.assigneeId ?? null,
    waiting: last === undefined ? 'first_report' : 'rework',
    waitingSince,
    deadlineAt: deadline,
    late,
  };
}

/** The waits of one issue that ended with a report: each round's first report, and each rework. */
function waitsOf(issue: ReplayedIssue): PastWait[] {
  const waits: PastWait[] = [];
  const rounds = [
    { from: issue.receivedAt, deadlineAt: issue.firstDeadline },
    ...issue.reopenings.map((r) => ({ from: r.at, deadlineAt: r.deadline })),
  ];
  const { categoryId } = issue;
  for (const [index, round] of rounds.entries()) {
    const until = rounds[index + 1]?.from ?? Infinity;
    const reports = issue.reports.filter((r) => r.submittedAt >= round.from && r.submittedAt < until);
    const first = reports[0];
    if (first === undefined) continue;
    waits.push({ categoryId, waiting: 'first_report', ...round, reportedAt: first.submittedAt });
    for (const [at, report] of reports.entries()) {
      const next = reports[at + 1];
      if (report.rejected && report.decidedAt !== null && next !== undefined)
        waits.push({
          categoryId,
          waiting: 'rework',
          from: report.decidedAt,
          deadlineAt: round.deadlineAt,
          reportedAt: next.submittedAt,
        });
    }
  }
  return waits;
}
