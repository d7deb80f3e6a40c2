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
import { z } from 'zod';

// The request bodies as the server accepts them: the shared schemas, closed to unknown
// fields. A field the server does not know is refused (422 `validation`) rather than
// silently dropped, so a client's typo shows up at once. The OpenAPI document is generated
// from these same objects.

export const TokenRequestBody = TokenRequest.strict();
export const RefreshRequestBody = RefreshRequest.strict();
export const ReportSubmissionBody = ReportSubmission.strict();
/**
 * The reference server's own additions: `receivedAt` files an issue that reached the company
 * earlier (an end-to-end journey needs an overdue one of its own); its deadline is counted from then.
 * `residentPhoto` is the resident's photo itself (JPEG, PNG or WebP, base64, within the 1 MiB
 * body): a journey that compares an after-photo with it needs a real picture, not the generated tile.
 * `lat` and `lng`, given together, put the issue at that point: a journey about complaints at one
 * place puts them where no other issue stands (without them, a random point of the district).
 */
export const SimIssueBody = SimIssueRequest.extend({
  receivedAt: isoDateTime.optional(),
  residentPhoto: z.base64().max(900_000).optional(),
  lat: z.number().min(-90).max(90).optional(),
  lng: z.number().min(-180).max(180).optional(),
})
  .strict()
  .refine((body) => (body.lat === undefined) === (body.lng === undefined), {
    message: 'lat and lng come together',
    path: ['lng'],
  });
export const SimDecisionBody = SimDecision.strict();
export const SimRatingBody = SimRating.strict();
export const SimWithdrawBody = SimWithdraw.strict();
export const SimFaultsBody = SimFaults.strict().refine((faults) => faults.failRate + faults.dropRate <= 1, {
  message: 'failRate + dropRate must not exceed 1',
  path: ['dropRate'],
});
