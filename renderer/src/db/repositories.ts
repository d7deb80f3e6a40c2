import type { IssuePatch, ReportPhoto } from '@shared/domain';
import type { DeskDb } from './database';
import type { NewOutboxRecord, PhotoRecord, ReportRecord } from './records';

// Every change a person makes is written here, together with its outbox row, in one
// transaction: when these resolve, the change is on disk and will reach the city.

export class LocalWriteError extends Error {
  constructor(
    readonly code: 'not_found' | 'not_editable' | 'already_queued',
    message: string,
  ) {
    super(message);
    this.name = 'LocalWriteError';
  }
}

export interface Clock {
  now(): Date;
  newKey(): string;
}

export const systemClock: Clock = { now: () => new Date(), newKey: () => crypto.randomUUID() };

/** Assigns or reprioritises an issue: shown at once, sent when the city can be reached. */
export async function queueIssueChange(
  db: DeskDb,
  issueId: string,
  patch: IssuePatch,
  clock: Clock = systemClock,
): Promise<number> {
  return db.transaction('rw', db.issues, db.outbox, async () => {
    const issue = await db.issues.get(issueId);
    if (!issue) throw new LocalWriteError('not_found', `Issue ${issueId} is not in the local replica`);
    const row: NewOutboxRecord = {
      kind: 'issue_patch',
      issueId,
      payload: { issueId, patch, baseRev: issue.rev },
      idempotencyKey: clock.newKey(),
      createdAt: clock.now().toISOString(),
      state: 'waiting',
      attempts: 0,
      nextAttemptAt: 0,
    };
    const seq = await db.outbox.add(row);
    const merged = issue.pending?.state === 'pending' ? { ...issue.pending } : {};
    await db.issues.update(issueId, {
      pending: { ...merged, ...patch, outboxSeq: seq, state: 'pending' },
    });
    return seq;
  });
}

export interface ReportDraftInput {
  clientReportId: string;
  issueId: string;
  authorId: string;
  text: string;
  photos: ReportPhoto[];
  completedAt: string;
  basedOn?: string;
}

/** Saves a draft on every change: a reload, a crash or a closed window loses nothing. */
export async function saveReportDraft(
  db: DeskDb,
  draft: ReportDraftInput,
  clock: Clock = systemClock,
): Promise<void> {
  await db.transaction('rw', db.reports, async () => {
    const existing = await db.reports.get(draft.clientReportId);
    if (existing && existing.localState !== 'draft' && existing.localState !== 'refused')
      throw new LocalWriteError('not_editable', 'This report has already been sent; start a rework instead');
    const record: ReportRecord = {
      ...draft,
      localState: 'draft',
      updatedAt: clock.now().toISOString(),
      ...(existing?.refusal ? { refusal: existing.refusal } : {}),
      // What the draft's form does not hold: its cluster plan, kept by cluster-reports.ts.
      ...(existing?.cluster ? { cluster: existing.cluster } : {}),
      ...(existing?.clusterOf ? { clusterOf: existing.clusterOf } : {}),
    };
    await db.reports.put(record);
  });
}

/** Keeps a processed photo on this device until the city has it. */
export async function addLocalPhoto(
  db: DeskDb,
  photo: Omit<PhotoRecord, 'uploadState' | 'origin' | 'addedAt'>,
  clock: Clock = systemClock,
): Promise<void> {
  const existing = await db.photos.get(photo.sha256);
  if (existing?.blob) return;
  await db.photos.put({
    ...photo,
    uploadState: 'local',
    origin: 'company',
    addedAt: clock.now().toISOString(),
  });
}

/** Submits a draft: from here on it is the sync engine's to deliver, exactly once. */
export async function queueReport(
  db: DeskDb,
  clientReportId: string,
  clock: Clock = systemClock,
): Promise<number> {
  return db.transaction('rw', db.reports, db.outbox, async () => {
    const report = await db.reports.get(clientReportId);
    if (!report) throw new LocalWriteError('not_found', `Report ${clientReportId} is not saved`);
    if (report.localState !== 'draft' && report.localState !== 'refused')
      throw new LocalWriteError('already_queued', 'This report is already on its way');
    const seq = await db.outbox.add({
      kind: 'report',
      issueId: report.issueId,
      payload: { clientReportId },
      // The contract: the key of a report is its clientReportId, so every retry is the same request.
      idempotencyKey: clientReportId,
      createdAt: clock.now().toISOString(),
      state: 'waiting',
      attempts: 0,
      nextAttemptAt: 0,
    });
    await db.reports.update(clientReportId, { localState: 'queued', updatedAt: clock.now().toISOString() });
    await db.reports
      .where('clientReportId')
      .equals(clientReportId)
      .modify((r) => {
        delete r.refusal;
      });
    return seq;
  });
}

/** Sends a refused change again: an assignment against the issue as it is now, a report as it was. */
export async function retryOutboxItem(db: DeskDb, seq: number, clock: Clock = systemClock): Promise<void> {
  await db.transaction('rw', db.outbox, db.issues, db.reports, async () => {
    const item = await db.outbox.get(seq);
    if (!item || item.state !== 'refused') return;
    if (item.kind === 'issue_patch') {
      const issue = await db.issues.get(item.issueId);
      if (!issue) throw new LocalWriteError('not_found', 'The issue is no longer the company’s');
      await db.outbox.update(seq, {
        state: 'waiting',
        attempts: 0,
        nextAttemptAt: 0,
        idempotencyKey: clock.newKey(),
        payload: { ...item.payload, baseRev: issue.rev },
      });
      await db.issues.update(item.issueId, {
        pending: { ...item.payload.patch, outboxSeq: seq, state: 'pending' },
      });
    } else {
      await db.outbox.update(seq, { state: 'waiting', attempts: 0, nextAttemptAt: 0 });
      await db.reports.update(item.payload.clientReportId, { localState: 'queued' });
    }
  });
}

/** Gives up a refused change: an assignment is forgotten, a report goes back to being a draft (never deleted). */
export async function discardOutboxItem(db: DeskDb, seq: number, clock: Clock = systemClock): Promise<void> {
  await db.transaction('rw', db.outbox, db.issues, db.reports, async () => {
    const item = await db.outbox.get(seq);
    if (!item || (item.state !== 'refused' && item.state !== 'waiting')) return;
    await db.outbox.delete(seq);
    if (item.kind === 'issue_patch') {
      const issue = await db.issues.get(item.issueId);
      if (issue?.pending?.outboxSeq === seq) {
        await db.issues
          .where('id')
          .equals(item.issueId)
          .modify((record) => {
            delete record.pending;
          });
      }
    } else {
      await db.reports.update(item.payload.clientReportId, {
        localState: 'draft',
        updatedAt: clock.now().toISOString(),
      });
    }
  });
}
