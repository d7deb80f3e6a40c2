import type { DeskDb } from '../../db/database';
import type { ReportRecord } from '../../db/records';
import { saveReportDraft, systemClock, type Clock } from '../../db/repositories';

/** The report a person is writing for an issue: their open draft (or refused report), else a new draft. */
export async function openDraftFor(
  db: DeskDb,
  issueId: string,
  authorId: string,
  clock: Clock = systemClock,
): Promise<string> {
  const open = await db.reports
    .where('issueId')
    .equals(issueId)
    .filter((report) => report.localState === 'draft' || report.localState === 'refused')
    .first();
  if (open) return open.clientReportId;
  const clientReportId = clock.newKey();
  await saveReportDraft(
    db,
    { clientReportId, issueId, authorId, text: '', photos: [], completedAt: clock.now().toISOString() },
    clock,
  );
  return clientReportId;
}

/** A rework of a returned report: a new draft filled from the old one (its text and photos). */
export async function startRework(
  db: DeskDb,
  returned: ReportRecord,
  authorId: string,
  clock: Clock = systemClock,
): Promise<string> {
  const clientReportId = clock.newKey();
  await saveReportDraft(
    db,
    {
      clientReportId,
      issueId: returned.issueId,
      authorId,
      text: returned.text,
      photos: returned.photos,
      completedAt: clock.now().toISOString(),
      basedOn: returned.clientReportId,
    },
    clock,
  );
  return clientReportId;
}

/** The latest report of an issue, for showing where the work stands. */
export function latestReport(reports: readonly ReportRecord[]): ReportRecord | undefined {
  return [...reports]
    .sort((a, b) => (a.submittedAt ?? a.updatedAt).localeCompare(b.submittedAt ?? b.updatedAt))
    .at(-1);
}
