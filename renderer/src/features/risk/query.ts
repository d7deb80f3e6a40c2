import type { DeskDb } from '../../db/database';
import { flagAtRisk } from './compute/model';
import type { RiskFlag } from './compute/types';
import { riskInputFromReplica } from './replica-input';

// What the «Под угрозой» view asks of the replica: no hook, so a screen's live query, a Worker
// or a test can call it alike.

/** The replica's open issues likely to miss their deadline at `now` (epoch ms), highest score first. */
export async function atRiskIssues(db: DeskDb, now: number): Promise<RiskFlag[]> {
  const [issues, reports, categories, reopenings] = await db.transaction(
    'r',
    [db.issues, db.reports, db.categories, db.issueEvents],
    () =>
      Promise.all([
        db.issues.toArray(),
        db.reports.toArray(),
        db.categories.toArray(),
        db.issues
          .where('status')
          .equals('reopened')
          .primaryKeys()
          .then((ids) => db.issueEvents.where('issueId').anyOf(ids).toArray()),
      ]),
  );
  const reopenedAt = new Map<string, number>();
  for (const event of reopenings) {
    if (event.kind !== 'status' || event.to !== 'reopened') continue;
    const at = Date.parse(event.at);
    if (at > (reopenedAt.get(event.issueId) ?? -Infinity)) reopenedAt.set(event.issueId, at);
  }
  return flagAtRisk(riskInputFromReplica({ issues, reports, categories, reopenedAt }, now));
}
