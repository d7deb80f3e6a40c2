import type { DeskDb } from '../../../db/database';
import { addClusterMembers, clusterDraftAnswering } from '../../../db/cluster-reports';
import type { ClusterReportMember, IssueRecord } from '../../../db/records';
import { systemClock, type Clock } from '../../../db/repositories';
import { openDraftFor } from '../drafts';

/** Where the editor of a cluster report is: the issue it is written from and its draft. */
export interface ClusterDraftPlace {
  issueId: string;
  clientReportId: string;
}

/**
 * The shared report that answers `issueId` and `others`: the cluster draft already answering
 * the issue (from whichever issue it was begun), else the issue's own draft made one. Each issue
 * not yet in its plan joins it; one with a draft of its own brings that draft's words as its own
 * words (the draft is taken over on sending, never lost unseen).
 */
export async function openClusterDraft(
  db: DeskDb,
  issueId: string,
  others: readonly IssueRecord[],
  authorId: string,
  clock: Clock = systemClock,
): Promise<ClusterDraftPlace> {
  const existing = await clusterDraftAnswering(db, issueId);
  const place = existing
    ? { issueId: existing.issueId, clientReportId: existing.clientReportId }
    : { issueId, clientReportId: await openDraftFor(db, issueId, authorId, clock) };
  const candidates = [...others.map((other) => other.id), issueId].filter((id) => id !== place.issueId);
  const members: ClusterReportMember[] = [];
  for (const memberId of candidates) {
    const own = await db.reports
      .where('issueId')
      .equals(memberId)
      .filter(
        (report) =>
          (report.localState === 'draft' || report.localState === 'refused') && report.cluster === undefined,
      )
      .first();
    members.push({
      issueId: memberId,
      clientReportId: own?.clientReportId ?? clock.newKey(),
      included: true,
      ownText: own && own.text.trim() !== '' ? own.text : null,
    });
  }
  await addClusterMembers(db, place.clientReportId, members);
  return place;
}
