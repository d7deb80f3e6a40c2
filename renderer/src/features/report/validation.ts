import {
  REPORT_PHOTOS_MAX,
  REPORT_TEXT_MAX,
  REPORT_TEXT_MIN,
  codePointLength,
  type ReportPhoto,
} from '@shared/domain';

// The rules the city checks (../shared/city-api.md), checked here first so the moderator
// and the city never see a report they would return: the same limits from shared/domain.

export type ReportProblem =
  | { code: 'textTooShort'; min: number }
  | { code: 'textTooLong'; max: number }
  | { code: 'tooManyPhotos'; max: number }
  | { code: 'afterPhotoRequired' }
  | { code: 'completedInFuture' }
  | { code: 'completedBeforeReceived' };

export interface ReportCandidate {
  text: string;
  photos: readonly ReportPhoto[];
  completedAt: string;
}

export interface ReportContext {
  afterPhotoRequired: boolean;
  receivedAt: string;
  now: Date;
}

/** Every reason the report cannot be sent yet; empty when it can. */
export function reportProblems(report: ReportCandidate, context: ReportContext): ReportProblem[] {
  const problems: ReportProblem[] = [];
  const length = codePointLength(report.text);
  if (length < REPORT_TEXT_MIN) problems.push({ code: 'textTooShort', min: REPORT_TEXT_MIN });
  if (length > REPORT_TEXT_MAX) problems.push({ code: 'textTooLong', max: REPORT_TEXT_MAX });
  if (report.photos.length > REPORT_PHOTOS_MAX)
    problems.push({ code: 'tooManyPhotos', max: REPORT_PHOTOS_MAX });
  if (context.afterPhotoRequired && !report.photos.some((photo) => photo.role === 'after'))
    problems.push({ code: 'afterPhotoRequired' });
  const completed = Date.parse(report.completedAt);
  // The city allows a few minutes of clock difference; so do we.
  if (completed > context.now.getTime() + 5 * 60_000) problems.push({ code: 'completedInFuture' });
  if (completed < Date.parse(context.receivedAt)) problems.push({ code: 'completedBeforeReceived' });
  return problems;
}
