import type { IssueStatus } from '@shared/domain';
import type { DeskDb } from './database';
import type { ClusterReportMember, IssueRecord, ReportRecord } from './records';
import { LocalWriteError, queueReport, systemClock, type Clock } from './repositories';

// One report written for a cluster: the draft of the issue it was written from holds the
// shared text and photos and a plan of the other issues it answers. Sent, each issue of the
// plan gets a report of its own (its own clientReportId, so its own Idempotency-Key) and an
// outbox row of its own, in the one transaction that queues the draft: the engine then sends
// them like any other reports, the photos once (the first report uploads them, the others
// find them uploaded).

/** Statuses the company may report from. */
export const reportableStatuses: readonly IssueStatus[] = ['in_progress', 'returned', 'reopened'];

/** A report still to be sent from this workstation, or with the city and not yet decided. */
export const isOnItsWay = (report: ReportRecord): boolean =>
  report.localState === 'queued' || report.status === 'on_moderation';

/**
 * The issues of a cluster one report may answer together with `issue`: open to a report, with
 * the same assignee, and with no report on its way. `reportsOf` gives an issue's reports.
 */
export function answerableWith(
  issue: IssueRecord,
  cluster: readonly IssueRecord[],
  reportsOf: (issueId: string) => readonly ReportRecord[],
): IssueRecord[] {
  return cluster.filter(
    (other) =>
      other.id !== issue.id &&
      other.assigneeId !== null &&
      other.assigneeId === issue.assigneeId &&
      reportableStatuses.includes(other.status) &&
      !reportsOf(other.id).some(isOnItsWay),
  );
}

/** `answerableWith` over the replica: the issue, and the others of `clusterIssueIds` it may be answered with. */
export async function answerableInReplica(
  db: DeskDb,
  issueId: string,
  clusterIssueIds: readonly string[],
): Promise<{ issue: IssueRecord | undefined; others: IssueRecord[] }> {
  const issues = (await db.issues.bulkGet([...clusterIssueIds])).filter((i) => i !== undefined);
  const issue = issues.find((i) => i.id === issueId) ?? (await db.issues.get(issueId));
  if (!issue || !reportableStatuses.includes(issue.status)) return { issue, others: [] };
  const reports = await db.reports
    .where('issueId')
    .anyOf([...clusterIssueIds])
    .toArray();
  const others = answerableWith(issue, issues, (id) => reports.filter((r) => r.issueId === id));
  return { issue, others };
}

/** The open draft whose cluster plan answers `issueId` (as the issue written from, or one of the others). */
export async function clusterDraftAnswering(db: DeskDb, issueId: string): Promise<ReportRecord | undefined> {
  return db.reports
    .where('localState')
    .anyOf('draft', 'refused')
    .filter(
      (report) =>
        report.cluster !== undefined &&
        (report.issueId === issueId || report.cluster.members.some((m) => m.issueId === issueId)),
    )
    .first();
}

/** Adds issues to a draft's plan (those already in it keep their choices). */
export async function addClusterMembers(
  db: DeskDb,
  clientReportId: string,
  members: readonly ClusterReportMember[],
): Promise<void> {
  await db.transaction('rw', db.reports, async () => {
    const report = await db.reports.get(clientReportId);
    if (!report) throw new LocalWriteError('not_found', `Report ${clientReportId} is not saved`);
    const kept = report.cluster?.members ?? [];
    const added = members.filter(
      (m) => m.issueId !== report.issueId && !kept.some((k) => k.issueId === m.issueId),
    );
    await db.reports.update(clientReportId, { cluster: { members: [...kept, ...added] } });
  });
}

/** Leaves an issue out or takes it back, or gives it words of its own (null: the shared text). */
export async function updateClusterMember(
  db: DeskDb,
  clientReportId: string,
  issueId: string,
  change: Partial<Pick<ClusterReportMember, 'included' | 'ownText'>>,
): Promise<void> {
  await db.transaction('rw', db.reports, async () => {
    const report = await db.reports.get(clientReportId);
    if (!report?.cluster) throw new LocalWriteError('not_found', `Report ${clientReportId} has no cluster`);
    if (report.localState !== 'draft' && report.localState !== 'refused')
      throw new LocalWriteError('not_editable', 'This report has already been sent');
    const members = report.cluster.members.map((m) => (m.issueId === issueId ? { ...m, ...change } : m));
    await db.reports.update(clientReportId, { cluster: { members } });
  });
}

/** The text a member's report carries: its own words when it has them, else the shared text. */
export const memberText = (member: ClusterReportMember, shared: string): string =>
  member.ownText !== null && member.ownText.trim() !== '' ? member.ownText : shared;

/**
 * Submits a cluster report: the draft itself, and a report of its own for each issue of the
 * plan that is included and not yet on its way (a draft of the issue's own, taken into the
 * plan, is replaced). All in one transaction: either every report is queued, or none.
 * Answers the outbox seqs, the draft's first.
 */
export async function queueClusterReport(
  db: DeskDb,
  clientReportId: string,
  clock: Clock = systemClock,
): Promise<number[]> {
  return db.transaction('rw', db.reports, db.outbox, async () => {
    const leader = await db.reports.get(clientReportId);
    if (!leader) throw new LocalWriteError('not_found', `Report ${clientReportId} is not saved`);
    const seqs = [await queueReport(db, clientReportId, clock)];
    const at = clock.now().toISOString();
    for (const member of leader.cluster?.members ?? []) {
      if (!member.included) continue;
      const existing = await db.reports.get(member.clientReportId);
      // On its way, or sent with this report once already (the draft itself was refused and is
      // sent again): that issue's report is its own now. A draft or refusal of its own is taken over.
      const ownOpen = existing?.localState === 'draft' || existing?.localState === 'refused';
      if (existing && (existing.clusterOf !== undefined || !ownOpen)) continue;
      const record: ReportRecord = {
        clientReportId: member.clientReportId,
        issueId: member.issueId,
        authorId: leader.authorId,
        text: memberText(member, leader.text),
        photos: leader.photos,
        completedAt: leader.completedAt,
        localState: 'queued',
        updatedAt: at,
        clusterOf: leader.clientReportId,
      };
      await db.reports.put(record);
      seqs.push(
        await db.outbox.add({
          kind: 'report',
          issueId: member.issueId,
          payload: { clientReportId: member.clientReportId },
          idempotencyKey: member.clientReportId,
          createdAt: at,
          state: 'waiting',
          attempts: 0,
          nextAttemptAt: 0,
        }),
      );
    }
    return seqs;
  });
}
