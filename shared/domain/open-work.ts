import { z } from 'zod';
import { entityId, Issue, IssueStatus, issueStatuses } from './city';

// The open work: GET /issues, which lets a new workstation show what is to do before the feed has arrived.
export const ISSUES_DEFAULT_LIMIT = 500;
export const ISSUES_MAX_LIMIT = 1000;
/** `GET /issues` without `status`: every status but `resolved`, the work still to do. */
export const openIssueStatuses: readonly IssueStatus[] = issueStatuses.filter(
  (status) => status !== 'resolved',
);

/** `status=new,returned` (a repeated `status=` is read as the same list); every name must be a status. */
const StatusList = z
  .union([z.string(), z.array(z.string())])
  .transform((value) =>
    (Array.isArray(value) ? value.join(',') : value).split(',').map((name) => name.trim()),
  )
  .pipe(z.array(IssueStatus).min(1));

export const IssuesQuery = z.object({
  status: StatusList.optional(),
  after: entityId.optional(),
  limit: z.coerce.number().int().positive().optional(),
});
export type IssuesQuery = z.infer<typeof IssuesQuery>;
export const IssuePage = z.object({ issues: z.array(Issue), next: entityId.nullable() });
export type IssuePage = z.infer<typeof IssuePage>;
