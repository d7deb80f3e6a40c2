import { checkCaptureTime } from '../photos/capture-time';
import { distanceMetres, type GeoPoint } from './geo';
import type { ImageStats } from './image-stats';
import { FULL_SCORE_INLIERS, SAME_PLACE_INLIERS } from '../same-place/thresholds';

// The checks of an "after" photo before the report is sent, as data: each says which check, whether
// it passed and the figures behind it; the editor turns the code into words (messages.ts). None
// blocks sending: the supervisor decides.

/** Within this of the issue's point a photo counts as taken there: a yard and its approaches. */
export const NEAR_ISSUE_M = 150;
/** A camera clock a few minutes fast is not a photo "from the future". */
export const FUTURE_TOLERANCE_MS = 10 * 60_000;
/**
 * Mean luma below this (of 255) is too dark for a moderator to make out the repair. The fixture
 * yards measure 128–131; shot with a quarter of the light (photo-checks.browser.test.ts) they
 * come to 32, with 40 % to 51.
 */
export const MIN_MEAN_LUMINANCE = 50;
/**
 * Sharpness (image-stats.ts, measured at STATS_EDGE) below this is a blurred photo. The fixture
 * yards measure 356 (640 px) and 488 (2048 px) sharp; the 2048 px one blurred by 3 px comes to
 * 110, by 4 px to 56, by 6 px to 22, and the 640 px one blurred by 1 px to 30: 100 sits below
 * every sharp figure by more than three times and above a blur a moderator notices.
 */
export const MIN_SHARPNESS = 100;

export type PhotoCheckCode =
  | 'taken_after_issue'
  | 'taken_before_issue'
  | 'taken_in_future'
  | 'capture_time_unknown'
  | 'near_issue'
  | 'far_from_issue'
  | 'location_unknown'
  | 'bright_enough'
  | 'too_dark'
  | 'sharp'
  | 'blurred'
  | 'same_place'
  | 'other_place'
  | 'same_place_unknown'
  | 'same_place_failed'
  | 'faces_unchecked';

export interface PhotoCheckResult {
  code: PhotoCheckCode;
  /** False when the moderator is likely to return the report for this. */
  passed: boolean;
  /** The figures the words show (rounded as the reader needs them). */
  numbers: Record<string, number>;
}

export interface SamePlaceComparison {
  comparable: boolean;
  score: number;
  samePlace: boolean;
  inliers: number;
}

export interface CheckedPhoto {
  capturedAt: string | null;
  location: GeoPoint | null;
  stats: ImageStats | null;
  /**
   * Its comparison with the resident's photo (same-place/compare.ts); absent while none is made,
   * 'failed' when the comparison threw (the worker's error is in the log).
   */
  samePlace?: SamePlaceComparison | 'failed';
  /** The face detector failed on it: nobody but the supervisor has looked for faces. */
  facesUnchecked?: boolean;
}

/** The score (0–100) at which the comparison takes two photos for one place. */
export const SAME_PLACE_MIN_SCORE = Math.round((100 * SAME_PLACE_INLIERS) / FULL_SCORE_INLIERS);

export interface CheckedIssue {
  receivedAt: string;
  lat: number;
  lng: number;
}

const HOUR_MS = 3_600_000;

export function checkCaptureWindow(
  capturedAt: string | null,
  issue: CheckedIssue,
  now: Date,
): PhotoCheckResult {
  const captured = capturedAt === null ? Number.NaN : Date.parse(capturedAt);
  if (Number.isNaN(captured)) return { code: 'capture_time_unknown', passed: true, numbers: {} };
  if (checkCaptureTime(capturedAt, issue.receivedAt) === 'taken_before_issue') {
    const hours = (Date.parse(issue.receivedAt) - captured) / HOUR_MS;
    return { code: 'taken_before_issue', passed: false, numbers: { hoursBefore: Math.ceil(hours) } };
  }
  const ahead = captured - now.getTime();
  if (ahead > FUTURE_TOLERANCE_MS) {
    return { code: 'taken_in_future', passed: false, numbers: { minutesAhead: Math.round(ahead / 60_000) } };
  }
  const hoursAfter = (captured - Date.parse(issue.receivedAt)) / HOUR_MS;
  return {
    code: 'taken_after_issue',
    passed: true,
    numbers: { hoursAfter: Math.max(0, Math.floor(hoursAfter)) },
  };
}

export function checkLocation(location: GeoPoint | null, issue: CheckedIssue): PhotoCheckResult {
  if (location === null) return { code: 'location_unknown', passed: true, numbers: {} };
  const metres = Math.round(distanceMetres(location, { latitude: issue.lat, longitude: issue.lng }));
  const numbers = { metres, limit: NEAR_ISSUE_M };
  return metres <= NEAR_ISSUE_M
    ? { code: 'near_issue', passed: true, numbers }
    : { code: 'far_from_issue', passed: false, numbers };
}

export function checkBrightness(stats: ImageStats): PhotoCheckResult {
  const numbers = { luminance: Math.round(stats.meanLuminance), minimum: MIN_MEAN_LUMINANCE };
  return stats.meanLuminance >= MIN_MEAN_LUMINANCE
    ? { code: 'bright_enough', passed: true, numbers }
    : { code: 'too_dark', passed: false, numbers };
}

export function checkSharpness(stats: ImageStats): PhotoCheckResult {
  const numbers = { sharpness: Math.round(stats.sharpness), minimum: MIN_SHARPNESS };
  return stats.sharpness >= MIN_SHARPNESS
    ? { code: 'sharp', passed: true, numbers }
    : { code: 'blurred', passed: false, numbers };
}

export function checkSamePlace(comparison: SamePlaceComparison | 'failed'): PhotoCheckResult {
  if (comparison === 'failed') return { code: 'same_place_failed', passed: false, numbers: {} };
  if (!comparison.comparable) return { code: 'same_place_unknown', passed: true, numbers: {} };
  const numbers = { score: comparison.score, inliers: comparison.inliers, minimum: SAME_PLACE_MIN_SCORE };
  return comparison.samePlace
    ? { code: 'same_place', passed: true, numbers }
    : { code: 'other_place', passed: false, numbers };
}

/** Every check of one "after" photo, in the order the editor lists them. */
export function checkPhoto(photo: CheckedPhoto, issue: CheckedIssue, now: Date): PhotoCheckResult[] {
  const results: PhotoCheckResult[] = [];
  // First: a face that may leave the device unblurred matters more than any returned report.
  if (photo.facesUnchecked) results.push({ code: 'faces_unchecked', passed: false, numbers: {} });
  results.push(checkCaptureWindow(photo.capturedAt, issue, now), checkLocation(photo.location, issue));
  if (photo.stats !== null) results.push(checkBrightness(photo.stats), checkSharpness(photo.stats));
  if (photo.samePlace) results.push(checkSamePlace(photo.samePlace));
  return results;
}
