import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  ISSUES_DEFAULT_LIMIT,
  ISSUES_MAX_LIMIT,
  IssuePatch,
  IssuesQuery,
  openIssueStatuses,
  type Issue,
  type IssuePage,
  type IssueStatus,
} from '@shared/domain';
import type { CityContext } from '../context';
import { jsonAnswer, sendAnswer } from '../http/answer';
import { bodyOf } from '../http/body';
import { checkIdempotencyKey, rememberAnswer, sendReplay } from '../http/idempotency';
import { checkIfMatch, etagOf } from '../http/if-match';
import { HttpProblem } from '../http/problem';
import { issueInScope, requireRole } from '../http/scope';
import { parseBody, parseQuery } from '../http/validation';

// GET /issues (the open work, page by page), GET /issues/{id} and PATCH /issues/{id}
// (assign, reprioritise), with the contract's order of checks on a write: auth → scope →
// role → idempotency → If-Match → body → state.

/** Path parameters are always strings; an id that names no issue is a 404 at the scope step. */
export const IssueParams = z.object({ id: z.string() });

/** The states in which the company may assign or reprioritise. */
const patchableStates: ReadonlySet<IssueStatus> = new Set(['new', 'in_progress', 'returned', 'reopened']);

export function registerIssueRoutes(app: FastifyInstance, context: CityContext): void {
  const { store } = context;

  // Only the company's own issues: one withdrawn from it (or moved elsewhere) is no longer
  // its company's, so it is not listed; `after` is a position in id order, not a lookup,
  // so any id may be given and none of another company's leaks.
  app.get('/api/v1/issues', { config: { companyCall: true } }, async (request, reply) => {
    const session = context.sessions.authenticate(request.headers.authorization);
    const query = parseQuery(IssuesQuery, request.query);
    const limit = Math.min(query.limit ?? ISSUES_DEFAULT_LIMIT, ISSUES_MAX_LIMIT);
    const page = store.issues.list(
      session.companyId,
      query.status ?? openIssueStatuses,
      query.after ?? '',
      limit,
    );
    const body: IssuePage = {
      issues: page.issues,
      next: page.hasMore ? (page.issues.at(-1)?.id ?? null) : null,
    };
    return sendAnswer(reply, jsonAnswer(200, body));
  });

  app.get('/api/v1/issues/:id', { config: { companyCall: true } }, async (request, reply) => {
    const session = context.sessions.authenticate(request.headers.authorization);
    const { id } = IssueParams.parse(request.params);
    const { issue } = issueInScope(store, session, id);
    return sendAnswer(reply, jsonAnswer(200, issue, { ETag: etagOf(issue.rev) }));
  });

  app.patch('/api/v1/issues/:id', { config: { companyCall: true } }, async (request, reply) => {
    const session = context.sessions.authenticate(request.headers.authorization);
    const { id } = IssueParams.parse(request.params);
    const body = bodyOf(request);
    const nowMs = context.now().getTime();

    const outcome = store.transaction(() => {
      const record = issueInScope(store, session, id);
      requireRole(session, ['dispatcher', 'manager'], 'Supervisors cannot assign or reprioritise issues.');
      const idempotency = checkIdempotencyKey(store, session.companyId, request, body);
      if (idempotency.kind === 'replay') return idempotency;
      checkIfMatch(request.headers['if-match'], record.issue);
      const patch = parseBody(IssuePatch, body, 'The issue change');

      if (patch.assigneeId !== undefined) {
        const assignee = store.catalog.staff(patch.assigneeId);
        if (assignee === undefined || assignee.companyId !== session.companyId || !assignee.staff.active) {
          throw new HttpProblem(
            'validation',
            'The assignee must be an active staff member of your company.',
            {
              errors: [{ field: 'assigneeId', message: 'not an active staff member of the company' }],
            },
          );
        }
      }
      if (!patchableStates.has(record.issue.status)) {
        throw new HttpProblem(
          'issue_state',
          `An issue that is ${record.issue.status} cannot be assigned or reprioritised.`,
          { issue: record.issue },
        );
      }

      const assigneeChanged = patch.assigneeId !== undefined && patch.assigneeId !== record.issue.assigneeId;
      const priorityChanged = patch.priority !== undefined && patch.priority !== record.issue.priority;
      const moves = patch.assigneeId !== undefined && record.issue.status === 'new';
      let issue: Issue = record.issue;
      // Asking for what already is changes nothing, so the rev stays and the feed stays quiet.
      if (assigneeChanged || priorityChanged || moves) {
        issue = {
          ...record.issue,
          assigneeId: patch.assigneeId ?? record.issue.assigneeId,
          priority: patch.priority ?? record.issue.priority,
          status: moves ? 'in_progress' : record.issue.status,
          rev: record.issue.rev + 1,
        };
        store.issues.update({ ...record, issue });
        if (assigneeChanged && patch.assigneeId !== undefined) {
          store.issues.recordEvent(issue.id, session.companyId, 'assigned', nowMs, {
            assigneeId: patch.assigneeId,
            by: session.staff.id,
          });
        }
        store.changes.begin().emit(session.companyId, { kind: 'issue', issue });
      }
      const answer = jsonAnswer(200, { issue }, { ETag: etagOf(issue.rev) });
      rememberAnswer(store, idempotency, answer.status, answer.body, nowMs);
      return { kind: 'answer' as const, answer };
    });

    return outcome.kind === 'replay' ? sendReplay(reply, outcome.answer) : sendAnswer(reply, outcome.answer);
  });
}
