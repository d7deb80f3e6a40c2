import { photoMediaTypes, type Issue, type PhotoMediaType } from '@shared/domain';
import type { CityClient } from '../city/client';
import { CityError } from '../city/errors';
import type { DeskDb } from '../db/database';
import type { IssueRecord, OutboxRecord, ReportRecord } from '../db/records';
import { activeOutbox, pruneSent } from '../db/outbox';
import { issueEvents, mergeCityReport, toIssueRecord } from './apply';
import { backoffDelayMs, type BackoffPolicy } from './backoff';

/** Things a person should hear about as they happen, not only on the Sync screen. */
export type SyncNotice =
  | { kind: 'assignment_conflict'; issueId: string; issueNumber: string; current: Issue }
  | {
      kind: 'report_refused';
      issueId: string;
      issueNumber: string;
      code: string;
      message: string;
      current: Issue | null;
    }
  | { kind: 'change_refused'; issueId: string; code: string; message: string };

export interface PushDeps {
  db: DeskDb;
  client: CityClient;
  now: () => Date;
  random: () => number;
  backoff: BackoffPolicy;
  notice?: (notice: SyncNotice) => void;
}

export interface DrainResult {
  sent: number;
  refused: number;
  /** Epoch ms when the first item still waiting may be tried again; null when nothing waits. */
  retryAt: number | null;
}

class PermanentRefusal extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly current: Issue | null = null,
  ) {
    super(message);
  }
}

const isPhotoMediaType = (type: string): type is PhotoMediaType =>
  (photoMediaTypes as readonly string[]).includes(type);

async function storeIssueFromCity(
  db: DeskDb,
  issue: Issue,
  at: string,
  clearPendingOf?: number,
): Promise<void> {
  const previous = await db.issues.get(issue.id);
  if (previous && previous.rev > issue.rev) return;
  const record: IssueRecord = toIssueRecord(issue, previous);
  if (record.pending && record.pending.outboxSeq === clearPendingOf) delete record.pending;
  await db.issues.put(record);
  if (previous && previous.rev !== issue.rev) {
    const events = issueEvents(previous, issue, at);
    if (events.length > 0) await db.issueEvents.bulkAdd(events);
  }
}

async function markSent(db: DeskDb, seq: number, at: string): Promise<void> {
  await db.outbox.update(seq, { state: 'sent', sentAt: at, progress: undefined });
}

/** Photos first: every photo of the report must be reachable by the city before the report is sent. */
async function uploadReportPhotos(
  deps: PushDeps,
  item: OutboxRecord & { kind: 'report' },
  report: ReportRecord,
  force: Set<string>,
) {
  const { db, client } = deps;
  const seq = item.seq;
  const records = await db.photos.bulkGet(report.photos.map((p) => p.sha256));
  const bytesTotal = records.reduce(
    (sum, r) => sum + (r?.uploadState === 'local' || force.has(r?.sha256 ?? '') ? (r?.bytes ?? 0) : 0),
    0,
  );
  let bytesDone = 0;
  let photosDone = 0;
  const photosTotal = report.photos.length;
  await db.outbox.update(seq, { progress: { photosDone, photosTotal, bytesSent: 0, bytesTotal } });
  for (const [index, ref] of report.photos.entries()) {
    const record = records[index];
    const needsUpload = record?.uploadState === 'local' || force.has(ref.sha256);
    if (needsUpload) {
      if (!record?.blob)
        throw new PermanentRefusal(
          'photo_missing_locally',
          `Photo ${ref.sha256.slice(0, 12)}… is no longer on this device`,
        );
      if (force.has(ref.sha256) || !(await client.hasPhoto(ref.sha256))) {
        if (!isPhotoMediaType(record.mediaType))
          throw new PermanentRefusal(
            'unsupported_media_type',
            `Photo ${ref.sha256.slice(0, 12)}… is ${record.mediaType}`,
          );
        const bytes = await record.blob.arrayBuffer();
        let lastWrite = 0;
        await client.putPhoto(ref.sha256, bytes, record.mediaType, ({ loaded }) => {
          const nowMs = Date.now();
          if (nowMs - lastWrite < 200) return;
          lastWrite = nowMs;
          void db.outbox.update(seq, {
            progress: { photosDone, photosTotal, bytesSent: bytesDone + loaded, bytesTotal },
          });
        });
      }
      bytesDone += record.bytes;
      await db.photos.update(ref.sha256, { uploadState: 'uploaded' });
    }
    photosDone += 1;
    await db.outbox.update(seq, { progress: { photosDone, photosTotal, bytesSent: bytesDone, bytesTotal } });
  }
}

async function sendReport(deps: PushDeps, item: OutboxRecord & { kind: 'report' }): Promise<void> {
  const { db, client } = deps;
  const report = await db.reports.get(item.payload.clientReportId);
  if (!report) throw new PermanentRefusal('missing_locally', 'The report is no longer on this device');
  const force = new Set<string>();
  for (let round = 0; round < 2; round += 1) {
    await uploadReportPhotos(deps, item, report, force);
    try {
      const created = await client.submitReport(report.issueId, {
        clientReportId: report.clientReportId,
        text: report.text,
        photos: report.photos,
        completedAt: report.completedAt,
      });
      const at = deps.now().toISOString();
      await db.transaction('rw', [db.reports, db.issues, db.issueEvents, db.outbox], async () => {
        const local = await db.reports.get(report.clientReportId);
        await db.reports.put(mergeCityReport(created.report, local ?? report));
        await storeIssueFromCity(db, created.issue, at);
        await markSent(db, item.seq, at);
      });
      return;
    } catch (error) {
      // The city lost track of a photo we believed it had: upload those once more, then give up.
      if (round === 0 && error instanceof CityError && error.problem?.code === 'missing_photos') {
        for (const sha of error.problem.missing ?? []) force.add(sha);
        if (force.size > 0) continue;
      }
      throw error;
    }
  }
}

async function sendIssuePatch(deps: PushDeps, item: OutboxRecord & { kind: 'issue_patch' }): Promise<void> {
  const { db, client } = deps;
  const { issueId, patch, baseRev } = item.payload;
  const issue = await client.patchIssue(issueId, patch, baseRev, item.idempotencyKey);
  const at = deps.now().toISOString();
  await db.transaction('rw', [db.issues, db.issueEvents, db.outbox], async () => {
    await storeIssueFromCity(db, issue, at, item.seq);
    await markSent(db, item.seq, at);
    // Later changes of the same issue were made on top of this one: they now apply to the new revision.
    await db.outbox
      .where('issueId')
      .equals(issueId)
      .and(
        (other) =>
          other.kind === 'issue_patch' && other.state === 'waiting' && other.payload.baseRev === baseRev,
      )
      .modify((other) => {
        if (other.kind === 'issue_patch') other.payload.baseRev = issue.rev;
      });
  });
}

async function refuse(
  deps: PushDeps,
  item: OutboxRecord,
  code: string,
  message: string,
  current: Issue | null,
): Promise<void> {
  const { db } = deps;
  const at = deps.now().toISOString();
  const seq = item.seq;
  await db.transaction('rw', [db.outbox, db.issues, db.issueEvents, db.reports], async () => {
    await db.outbox.update(seq, {
      state: 'refused',
      lastError: { code, message, at, transient: false },
      progress: undefined,
    });
    if (current) await storeIssueFromCity(db, current, at);
    if (item.kind === 'issue_patch') {
      const issue = await db.issues.get(item.issueId);
      if (issue?.pending?.outboxSeq === seq)
        await db.issues.update(item.issueId, {
          pending: { ...issue.pending, state: 'refused', error: code },
        });
    } else {
      await db.reports.update(item.payload.clientReportId, {
        localState: 'refused',
        refusal: { code, message, at },
      });
    }
  });
  const issueNumber = (await db.issues.get(item.issueId))?.number ?? item.issueId;
  if (item.kind === 'issue_patch' && code === 'precondition_failed' && current)
    deps.notice?.({ kind: 'assignment_conflict', issueId: item.issueId, issueNumber, current });
  else if (item.kind === 'report')
    deps.notice?.({ kind: 'report_refused', issueId: item.issueId, issueNumber, code, message, current });
  else deps.notice?.({ kind: 'change_refused', issueId: item.issueId, code, message });
}

function describeRefusal(error: CityError): string {
  const fieldErrors = error.problem?.errors?.map((e) => `${e.field}: ${e.message}`).join('; ');
  return fieldErrors ? `${error.message} (${fieldErrors})` : error.message;
}

/**
 * Sends the outbox in the order it was written. A transient failure stops the drain (the
 * city or the network is in trouble: the item waits with backoff and keeps its place); a
 * permanent refusal sets that item aside with the city's reason and the rest go on.
 */
export async function drainOutbox(deps: PushDeps): Promise<DrainResult> {
  const { db } = deps;
  const result: DrainResult = { sent: 0, refused: 0, retryAt: null };
  for (const item of await activeOutbox(db)) {
    const seq = item.seq;
    const nowMs = deps.now().getTime();
    if (item.nextAttemptAt > nowMs) {
      result.retryAt = item.nextAttemptAt;
      break;
    }
    await db.outbox.update(seq, { state: 'sending' });
    try {
      if (item.kind === 'report') await sendReport(deps, item);
      else await sendIssuePatch(deps, item);
      result.sent += 1;
    } catch (error) {
      if (error instanceof PermanentRefusal) {
        await refuse(deps, item, error.code, error.message, error.current);
        result.refused += 1;
        continue;
      }
      const cityError = error instanceof CityError ? error : new CityError('network', String(error));
      if (cityError.transient || cityError.kind === 'auth') {
        const attempts = item.attempts + 1;
        const retryAt = nowMs + backoffDelayMs(attempts, deps.backoff, deps.random, cityError.retryAfterMs);
        await db.outbox.update(seq, {
          state: 'waiting',
          attempts,
          nextAttemptAt: retryAt,
          lastError: {
            code: cityError.code,
            message: cityError.message,
            at: deps.now().toISOString(),
            transient: true,
          },
        });
        result.retryAt = retryAt;
        if (cityError.kind === 'auth') throw cityError;
        break;
      }
      await refuse(deps, item, cityError.code, describeRefusal(cityError), cityError.problem?.issue ?? null);
      result.refused += 1;
    }
  }
  await pruneSent(db);
  return result;
}
