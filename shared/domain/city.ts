import { z } from 'zod';

// The city API v1 (../shared/city-api.md), as zod schemas. The reference city server
// validates with these; the workstation parses every answer with them.

export const isoDateTime = z.iso.datetime({ offset: true });
export const moscowDate = z.iso.date();
export const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'sha256 is 64 lowercase hex digits');
export const entityId = z.string().min(1).max(64);

export const issueStatuses = [
  'new',
  'in_progress',
  'on_moderation',
  'resolved',
  'returned',
  'reopened',
] as const;
export const IssueStatus = z.enum(issueStatuses);
export type IssueStatus = z.infer<typeof IssueStatus>;

export const priorities = ['normal', 'high', 'urgent'] as const;
export const Priority = z.enum(priorities);
export type Priority = z.infer<typeof Priority>;

export const roles = ['dispatcher', 'supervisor', 'manager'] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

export const PhotoRef = z.object({
  sha256: sha256Hex,
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
export type PhotoRef = z.infer<typeof PhotoRef>;

export const Issue = z.object({
  id: entityId,
  number: z.string().min(1),
  categoryId: entityId,
  title: z.string(),
  description: z.string(),
  address: z.string(),
  district: z.string(),
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  createdAt: isoDateTime,
  receivedAt: isoDateTime,
  deadlineAt: isoDateTime,
  status: IssueStatus,
  assigneeId: entityId.nullable(),
  priority: Priority,
  residentPhotos: z.array(PhotoRef),
  moderatorComment: z.string().nullable(),
  rev: z.number().int().nonnegative(),
});
export type Issue = z.infer<typeof Issue>;

export const Category = z.object({
  id: entityId,
  parentId: entityId.nullable(),
  nameRu: z.string().min(1),
  nameEn: z.string().min(1),
  slaWorkingDays: z.number().int().positive(),
  afterPhotoRequired: z.boolean(),
});
export type Category = z.infer<typeof Category>;

export const Staff = z.object({
  id: entityId,
  name: z.string().min(1),
  role: Role,
  active: z.boolean(),
});
export type Staff = z.infer<typeof Staff>;

export const photoRoles = ['before', 'after'] as const;
export const PhotoRole = z.enum(photoRoles);
export type PhotoRole = z.infer<typeof PhotoRole>;

export const ReportPhoto = z.object({ sha256: sha256Hex, role: PhotoRole });
export type ReportPhoto = z.infer<typeof ReportPhoto>;

export const reportStatuses = ['on_moderation', 'accepted', 'rejected'] as const;
export const ReportStatus = z.enum(reportStatuses);
export type ReportStatus = z.infer<typeof ReportStatus>;

export const Report = z.object({
  id: entityId,
  clientReportId: z.uuid(),
  issueId: entityId,
  authorId: entityId,
  text: z.string(),
  photos: z.array(ReportPhoto),
  completedAt: isoDateTime,
  submittedAt: isoDateTime,
  status: ReportStatus,
  moderatorComment: z.string().nullable(),
  decidedAt: isoDateTime.nullable(),
  rev: z.number().int().nonnegative(),
});
export type Report = z.infer<typeof Report>;

export const Rating = z.object({
  id: entityId,
  issueId: entityId,
  reportId: entityId,
  score: z.number().int().min(1).max(5),
  comment: z.string().nullable(),
  ratedAt: isoDateTime,
});
export type Rating = z.infer<typeof Rating>;

export const User = z.object({
  id: entityId,
  name: z.string(),
  role: Role,
  companyId: entityId,
  companyName: z.string(),
});
export type User = z.infer<typeof User>;

// --- auth ---
export const TokenRequest = z.object({
  login: z.string().min(1).max(200),
  password: z.string().min(1).max(200),
});
export type TokenRequest = z.infer<typeof TokenRequest>;
export const RefreshRequest = z.object({ refreshToken: z.string().min(1).max(1000) });
export type RefreshRequest = z.infer<typeof RefreshRequest>;
export const TokenResponse = z.object({
  accessToken: z.string().min(1),
  refreshToken: z.string().min(1),
  expiresIn: z.number().int().positive(),
  user: User,
});
export type TokenResponse = z.infer<typeof TokenResponse>;

// --- the change feed ---
export const Change = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('issue'), issue: Issue }),
  z.object({ kind: z.literal('issue_removed'), id: entityId }),
  z.object({ kind: z.literal('report'), report: Report }),
  z.object({ kind: z.literal('rating'), rating: Rating }),
  z.object({ kind: z.literal('staff'), staff: Staff }),
  z.object({ kind: z.literal('category'), category: Category }),
]);
export type Change = z.infer<typeof Change>;

export const ChangesQuery = z.object({
  cursor: z.string().min(1).max(200).optional(),
  limit: z.coerce.number().int().positive().optional(),
});
export const ChangePage = z.object({
  changes: z.array(Change),
  cursor: z.string().min(1),
  hasMore: z.boolean(),
});
export type ChangePage = z.infer<typeof ChangePage>;

export const FEED_DEFAULT_LIMIT = 500;
export const FEED_MAX_LIMIT = 1000;

// --- writes ---
export const IssuePatch = z
  .object({ assigneeId: entityId.optional(), priority: Priority.optional() })
  .strict()
  .refine((p) => p.assigneeId !== undefined || p.priority !== undefined, {
    message: 'assigneeId or priority is required',
  });
export type IssuePatch = z.infer<typeof IssuePatch>;
export const IssueEnvelope = z.object({ issue: Issue });

export const REPORT_TEXT_MIN = 20;
export const REPORT_TEXT_MAX = 4000;
export const REPORT_PHOTOS_MAX = 10;
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
export const photoMediaTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoMediaType = (typeof photoMediaTypes)[number];

/** Text length as the contract counts it: Unicode code points after trimming. */
export const codePointLength = (text: string): number => [...text.trim()].length;

/** The body's shape; the content rules (length, photo count, after-photo) answer 422 `validation`. */
export const ReportSubmission = z.object({
  clientReportId: z.uuid(),
  text: z.string().max(100_000),
  photos: z.array(ReportPhoto).max(100),
  completedAt: isoDateTime,
});
export type ReportSubmission = z.infer<typeof ReportSubmission>;
export const ReportCreated = z.object({ report: Report, issue: Issue });
export type ReportCreated = z.infer<typeof ReportCreated>;

export const PhotoStored = z.object({
  sha256: sha256Hex,
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  bytes: z.number().int().positive(),
});
export type PhotoStored = z.infer<typeof PhotoStored>;

export const CompanyStats = z.object({
  issues: z.number().int().nonnegative(),
  resolved: z.number().int().nonnegative(),
  onTime: z.number().int().nonnegative(),
  overdue: z.number().int().nonnegative(),
  returned: z.number().int().nonnegative(),
  reopened: z.number().int().nonnegative(),
  avgScore: z.number().nullable(),
  scoreCounts: z.object({ 1: z.number(), 2: z.number(), 3: z.number(), 4: z.number(), 5: z.number() }),
  medianHoursToReport: z.number().nullable(),
});
export type CompanyStats = z.infer<typeof CompanyStats>;
export const StatsQuery = z.object({ from: moscowDate.optional(), to: moscowDate.optional() });

// --- errors: RFC 9457 problem documents ---
export const problemCodes = [
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'issue_state',
  'withdrawn',
  'precondition_failed',
  'payload_too_large',
  'unsupported_media_type',
  'validation',
  'missing_photos',
  'idempotency_mismatch',
  'missing_idempotency_key',
  'precondition_required',
  'rate_limited',
  'unavailable',
] as const;
export const ProblemCode = z.enum(problemCodes);
export type ProblemCode = z.infer<typeof ProblemCode>;

export const FieldError = z.object({ field: z.string(), message: z.string() });
export type FieldError = z.infer<typeof FieldError>;

/** Known codes are parsed strictly; an unknown code from a newer city is kept as a string. */
export const Problem = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  code: z.string(),
  errors: z.array(FieldError).optional(),
  missing: z.array(sha256Hex).optional(),
  issue: Issue.optional(),
});
export type Problem = z.infer<typeof Problem>;

// --- the reference server's simulation calls ---
export const SimIssueRequest = z.object({
  companyId: entityId.optional(),
  categoryId: entityId.optional(),
  title: z.string().max(500).optional(),
  description: z.string().max(4000).optional(),
  address: z.string().max(500).optional(),
});
export const SimDecision = z.object({
  decision: z.enum(['accept', 'reject']),
  comment: z.string().max(4000).optional(),
});
export const SimRating = z.object({
  score: z.number().int().min(1).max(5),
  comment: z.string().max(4000).optional(),
});
export const SimWithdraw = z.object({ toCompanyId: entityId.optional() });
export const SimFaults = z.object({
  latencyMs: z.number().int().min(0).max(60_000),
  failRate: z.number().min(0).max(1),
  dropRate: z.number().min(0).max(1),
  seed: z.number().int(),
});
export type SimFaults = z.infer<typeof SimFaults>;
export const SimState = z.object({ reports: z.array(Report) });
// The simulation calls answer with the resource they changed.
export const SimIssueAnswer = z.object({ issue: Issue });
export const SimDecisionAnswer = z.object({ report: Report, issue: Issue });
export const SimRatingAnswer = z.object({ rating: Rating });
export const SimFaultsAnswer = z.object({ faults: SimFaults });
