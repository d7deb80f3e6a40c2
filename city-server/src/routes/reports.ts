import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import {
  codePointLength,
  REPORT_PHOTOS_MAX,
  REPORT_TEXT_MAX,
  REPORT_TEXT_MIN,
  type FieldError,
  type Issue,
  type IssueStatus,
  type Report,
} from '@shared/domain';
import type { CityContext } from '../context';
import { jsonAnswer, sendAnswer } from '../http/answer';
import { bodyOf } from '../http/body';
import { checkIdempotencyKey, rememberAnswer, sendReplay } from '../http/idempotency';
import { HttpProblem } from '../http/problem';
import { ReportSubmissionBody } from '../http/request-schemas';
import { issueInScope } from '../http/scope';
import { parseBody } from '../http/validation';
import { formatMoscow, parseInstant } from '../time';
import { IssueParams } from './issues';

// POST /issues/{id}/reports: a resolution report. Order of checks: auth → scope (404, 410)
// → role (403) → idempotency → body (400, 422 validation) → state (409) → photos (422
// missing_photos).

/** The states from which the company may report. */
const reportableStates: ReadonlySet<IssueStatus> = new Set(['in_progress', 'returned', 'reopened']);

/** How far ahead of the server's clock a `completedAt` may be (clients' clocks drift). */
const COMPLETED_AT_SKEW_MS = 10 * 60 * 1000;

export function registerReportRoutes(app: FastifyInstance, context: CityContext): void {
  const { store } = context;

  app.post('/api/v1/issues/:id/reports', { config: { companyCall: true } }, async (request, reply) => {
    const session = context.sessions.authenticate(request.headers.authorization);
    const { id } = IssueParams.parse(request.params);
    const body = bodyOf(request);
    const nowMs = context.now().getTime();

    const outcome = store.transaction(() => {
      const record = issueInScope(store, session, id);
      if (session.role === 'supervisor' && record.issue.assigneeId !== session.staff.id) {
        throw new HttpProblem('forbidden', 'A supervisor may report only on issues assigned to them.');
      }
      const idempotency = checkIdempotencyKey(store, session.companyId, request, body);
      if (idempotency.kind === 'replay') return idempotency;

      const submission = parseBody(ReportSubmissionBody, body, 'The report');
      const category = store.catalog.category(record.issue.categoryId);
      const errors: FieldError[] = [];
      if (submission.clientReportId.toLowerCase() !== idempotency.key.toLowerCase()) {
        errors.push({ field: 'clientReportId', message: 'must equal the Idempotency-Key header' });
      }
      const textLength = codePointLength(submission.text);
      if (textLength < REPORT_TEXT_MIN) {
        errors.push({ field: 'text', message: `at least ${REPORT_TEXT_MIN} characters (has ${textLength})` });
      } else if (textLength > REPORT_TEXT_MAX) {
        errors.push({ field: 'text', message: `at most ${REPORT_TEXT_MAX} characters (has ${textLength})` });
      }
      if (submission.photos.length > REPORT_PHOTOS_MAX) {
        errors.push({
          field: 'photos',
          message: `at most ${REPORT_PHOTOS_MAX} photos (has ${submission.photos.length})`,
        });
      }
      const seen = new Set<string>();
      submission.photos.forEach((photo, index) => {
        if (seen.has(photo.sha256))
          errors.push({ field: `photos.${index}`, message: 'the same photo twice' });
        seen.add(photo.sha256);
      });
      if (
        category?.afterPhotoRequired === true &&
        !submission.photos.some((photo) => photo.role === 'after')
      ) {
        errors.push({
          field: 'photos',
          message: 'this category requires a photo taken after the work (role "after")',
        });
      }
      if (parseInstant(submission.completedAt) > nowMs + COMPLETED_AT_SKEW_MS) {
        errors.push({ field: 'completedAt', message: 'is in the future' });
      }
      if (errors.length > 0)
        throw new HttpProblem('validation', 'The report breaks the rules of the contract.', { errors });

      // The idempotency key is the clientReportId; if its record has expired and the same
      // report comes again, the stored report is the answer, not a second copy.
      const earlier = store.reports.findByClientId(session.companyId, submission.clientReportId);
      if (earlier !== undefined) {
        const same =
          earlier.report.issueId === id &&
          earlier.report.text === submission.text.trim() &&
          JSON.stringify(earlier.report.photos) === JSON.stringify(submission.photos) &&
          parseInstant(earlier.report.completedAt) === parseInstant(submission.completedAt);
        if (!same) {
          throw new HttpProblem(
            'idempotency_mismatch',
            'A different report was already sent with this clientReportId.',
          );
        }
        const answer = jsonAnswer(201, { report: earlier.report, issue: record.issue });
        rememberAnswer(store, idempotency, answer.status, answer.body, nowMs);
        return { kind: 'answer' as const, answer };
      }

      if (!reportableStates.has(record.issue.status)) {
        throw new HttpProblem(
          'issue_state',
          `An issue that is ${record.issue.status} cannot take a report now.`,
          {
            issue: record.issue,
          },
        );
      }
      const missing = submission.photos
        .map((photo) => photo.sha256)
        .filter((sha256) => !store.photos.isReachableBy(session.companyId, sha256));
      if (missing.length > 0) {
        throw new HttpProblem(
          'missing_photos',
          'Upload these photos (PUT /photos/{sha256}) before the report.',
          {
            missing,
          },
        );
      }

      const report: Report = {
        id: randomUUID(),
        clientReportId: submission.clientReportId,
        issueId: id,
        authorId: session.staff.id,
        text: submission.text.trim(),
        photos: submission.photos,
        completedAt: formatMoscow(parseInstant(submission.completedAt)),
        submittedAt: formatMoscow(nowMs),
        status: 'on_moderation',
        moderatorComment: null,
        decidedAt: null,
        rev: 1,
      };
      // The moderator's comment belonged to the return that this report answers.
      const issue: Issue = {
        ...record.issue,
        status: 'on_moderation',
        moderatorComment: null,
        rev: record.issue.rev + 1,
      };
      store.reports.insert({ companyId: session.companyId, report });
      store.issues.update({ ...record, issue });
      const mutation = store.changes.begin();
      mutation.emit(session.companyId, { kind: 'report', report });
      mutation.emit(session.companyId, { kind: 'issue', issue });
      const answer = jsonAnswer(201, { report, issue });
      rememberAnswer(store, idempotency, answer.status, answer.body, nowMs);
      return { kind: 'answer' as const, answer };
    });

    return outcome.kind === 'replay' ? sendReplay(reply, outcome.answer) : sendAnswer(reply, outcome.answer);
  });
}
