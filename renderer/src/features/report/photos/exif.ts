import exifr from 'exifr';
import { ASSUMED_CAMERA_OFFSET } from './limits';

// Only the capture time is read from a photo's metadata: it is kept beside the photo (to warn when
// an "after" photo predates the issue) while everything else, location included, is dropped by
// the re-encode. Orientation is not read here: the decoder applies it.

const EXIF_DATE_TIME = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/;
const EXIF_OFFSET = /^([+-])(\d{2}):(\d{2})$/;

/**
 * EXIF's "YYYY:MM:DD HH:MM:SS" (local camera time) and optional "+HH:MM" as RFC 3339. Without an
 * offset the camera is taken to be on Moscow time, which is where the company's yards are.
 * Placeholder and impossible dates ("0000:00:00 00:00:00", 31 February) give null.
 */
export function exifDateTimeToRfc3339(dateTime: unknown, offset: unknown): string | null {
  if (typeof dateTime !== 'string') return null;
  const match = EXIF_DATE_TIME.exec(dateTime.trim());
  if (!match) return null;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match.slice(1).map(Number);
  const asUtc = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  const sameFields =
    year >= 1900 &&
    asUtc.getUTCFullYear() === year &&
    asUtc.getUTCMonth() === month - 1 &&
    asUtc.getUTCDate() === day &&
    asUtc.getUTCHours() === hour &&
    asUtc.getUTCMinutes() === minute &&
    asUtc.getUTCSeconds() === second;
  if (!sameFields) return null;
  const offsetMatch = typeof offset === 'string' ? EXIF_OFFSET.exec(offset.trim()) : null;
  const validOffset =
    offsetMatch && Number(offsetMatch[2]) <= 14 && Number(offsetMatch[3]) < 60 ? offsetMatch[0] : null;
  const [, yyyy, mm, dd, hh, min, ss] = match;
  return `${yyyy}-${mm}-${dd}T${hh}:${min}:${ss}${validOffset ?? ASSUMED_CAMERA_OFFSET}`;
}

/** The capture time of a photo, or null when it has none or its metadata is unreadable (never a refusal). */
export async function readCapturedAt(bytes: Uint8Array): Promise<string | null> {
  try {
    // reviveValues: false keeps EXIF's own text; exifr would otherwise build a Date in the
    // worker's time zone, which is not the camera's.
    const tags: unknown = await exifr.parse(bytes, {
      pick: ['DateTimeOriginal', 'OffsetTimeOriginal'],
      reviveValues: false,
    });
    if (typeof tags !== 'object' || tags === null) return null;
    const { DateTimeOriginal, OffsetTimeOriginal } = tags as Record<string, unknown>;
    return exifDateTimeToRfc3339(DateTimeOriginal, OffsetTimeOriginal);
  } catch {
    return null;
  }
}
