import exifr from 'exifr';
import type { GeoPoint } from '../checks/geo';
import { heifExifTiff } from './heif-exif';
import { ASSUMED_CAMERA_OFFSET } from './limits';
import type { InputMediaType } from './sniff';

// Only the capture time and location are read from a photo's metadata: they are kept beside the
// photo on this device (to warn when an "after" photo predates the issue or was taken far from it)
// while everything is dropped by the re-encode, so neither reaches the city. Orientation is not
// read here: the decoder applies it.

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

/** What is kept of a photo's metadata before the re-encode drops it all. */
export interface PhotoMetadata {
  capturedAt: string | null;
  location: GeoPoint | null;
}

const finiteIn = (value: unknown, limit: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit;

/** exifr's decimal degrees (it applies the N/S and E/W references); null unless both are sane. */
export function gpsToPoint(latitude: unknown, longitude: unknown): GeoPoint | null {
  if (!finiteIn(latitude, 90) || !finiteIn(longitude, 180)) return null;
  // 0,0 is what some cameras write with no fix: no yard of the company is in the Gulf of Guinea.
  if (latitude === 0 && longitude === 0) return null;
  return { latitude, longitude };
}

const nothing: PhotoMetadata = { capturedAt: null, location: null };

/**
 * The capture time and location of a photo: a JPEG's APP1 segment, or a HEIC's Exif item (its
 * TIFF structure, which exifr reads as a TIFF file). Missing or unreadable metadata gives nulls,
 * never a refusal. The location stays on this device: it is only compared with the issue's.
 */
export async function readPhotoMetadata(
  bytes: Uint8Array,
  mediaType: InputMediaType,
): Promise<PhotoMetadata> {
  const source = mediaType === 'image/heic' ? heifExifTiff(bytes) : bytes;
  if (source === null) return nothing;
  try {
    // reviveValues: false keeps EXIF's own text; exifr would otherwise build a Date in the
    // worker's time zone, which is not the camera's.
    const tags: unknown = await exifr.parse(source, {
      pick: [...TAGS],
      reviveValues: false,
    });
    if (typeof tags !== 'object' || tags === null) return nothing;
    const { DateTimeOriginal, OffsetTimeOriginal, latitude, longitude } = tags as Record<string, unknown>;
    return {
      capturedAt: exifDateTimeToRfc3339(DateTimeOriginal, OffsetTimeOriginal),
      location: gpsToPoint(latitude, longitude),
    };
  } catch {
    return nothing;
  }
}

// exifr computes `latitude` and `longitude` only when their source tags are picked.
const TAGS = [
  'DateTimeOriginal',
  'OffsetTimeOriginal',
  'GPSLatitude',
  'GPSLatitudeRef',
  'GPSLongitude',
  'GPSLongitudeRef',
] as const;

/** The capture time of a photo, or null when it has none or its metadata is unreadable (never a refusal). */
export async function readCapturedAt(
  bytes: Uint8Array,
  mediaType: InputMediaType = 'image/jpeg',
): Promise<string | null> {
  return (await readPhotoMetadata(bytes, mediaType)).capturedAt;
}
