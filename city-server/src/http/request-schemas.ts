import {
  RefreshRequest,
  ReportSubmission,
  SimDecision,
  SimFaults,
  SimIssueRequest,
  SimRating,
  SimWithdraw,
  TokenRequest,
  isoDateTime,
} from '@shared/domain';

// The request bodies as the server accepts them: the shared schemas, closed to unknown
// fields. A field the server does not know is refused (422 `validation`) rather than
// silently dropped, so a client's typo shows up at once. The OpenAPI document is generated
// from these same objects.

export const TokenRequestBody = TokenRequest.strict();
export const RefreshRequestBody = RefreshRequest.strict();
export const ReportSubmissionBody = ReportSubmission.strict();
/**
 * The reference server's own addition: `receivedAt` files an issue that reached the company
 * earlier (an end-to-end journey needs an overdue one of its own); its deadline is counted from then.
 */
export const SimIssueBody = SimIssueRequest.extend({ receivedAt: isoDateTime.optional() }).strict();
export const SimDecisionBody = SimDecision.strict();
export const SimRatingBody = SimRating.strict();
export const SimWithdrawBody = SimWithdraw.strict();
export const SimFaultsBody = SimFaults.strict().refine((faults) => faults.failRate + faults.dropRate <= 1, {
  message: 'failRate + dropRate must not exceed 1',
  path: ['dropRate'],
});
