import type { Role } from '@shared/domain';
import type { Session } from '../auth/sessions';
import type { IssueRecord } from '../store/issues';
import type { CityStore } from '../store/store';
import { HttpProblem } from './problem';

// Company scoping and roles, the second and third steps of every call on an issue.

/** The issue if it is the session's company's: 410 if the city withdrew it from the company, else 404. */
export function issueInScope(store: CityStore, session: Session, issueId: string): IssueRecord {
  const record = store.issues.find(issueId);
  if (record !== undefined && record.companyId === session.companyId) return record;
  // Checked whether or not the issue still exists elsewhere; an unknown id and another
  // company's issue get the same 404, so ids of other companies' issues leak nothing.
  if (record !== undefined && store.issues.wasWithdrawnFrom(issueId, session.companyId)) {
    throw new HttpProblem(
      'withdrawn',
      'The city withdrew this issue from your company or moved it to another organisation.',
    );
  }
  throw new HttpProblem('not_found', 'There is no such issue among your company’s issues.');
}

export function requireRole(session: Session, allowed: readonly Role[], detail: string): void {
  if (!allowed.includes(session.role)) throw new HttpProblem('forbidden', detail);
}
