import { REPORT_PHOTOS_MAX, type PhotoRole, type ReportPhoto } from '@shared/domain';
import type { DeskDb } from '../../db/database';
import type { PhotoRedaction } from '../../db/records';
import { addLocalPhoto } from '../../db/repositories';
import {
  isPhotoError,
  photoPipeline,
  type PhotoFailure,
  type PhotoPipeline,
  type ProcessedPhoto,
} from './photos';

export type IntakeFailure =
  { name: string; failure: PhotoFailure } | { name: string; failure: { code: 'too_many' } };

export interface IntakeResult {
  added: ReportPhoto[];
  failures: IntakeFailure[];
}

/**
 * Keeps a processed photo on this device and returns its reference for the report. A photo whose
 * faces were blurred is kept with the unblurred one beside it (referenced by no report, so never
 * sent) for the supervisor to undo a rectangle.
 */
export async function keepPhoto(
  db: DeskDb,
  photo: ProcessedPhoto,
  role: PhotoRole,
  redaction: PhotoRedaction | null = null,
): Promise<ReportPhoto> {
  const unblurred = photo.faces?.unblurred;
  if (photo.faces && unblurred) {
    await keepPhoto(db, { ...photo, ...unblurred, faces: { rects: [], unblurred: null } }, role);
    redaction = {
      sourceSha256: unblurred.sha256,
      rects: photo.faces.rects.map((rect) => ({ ...rect, origin: 'face' })),
      facesFound: photo.faces.rects.length,
    };
  }
  await addLocalPhoto(db, {
    sha256: photo.sha256,
    blob: photo.blob,
    mediaType: 'image/jpeg',
    width: photo.width,
    height: photo.height,
    bytes: photo.bytes,
    capturedAt: photo.capturedAt,
    location: photo.location,
    stats: photo.stats,
    redaction,
    facesUnchecked: photo.warnings.includes('faces_unchecked'),
  });
  return { sha256: photo.sha256, role };
}

/**
 * Runs each file through the photo pipeline (off the UI thread) and keeps the results; a
 * refused file is reported by name and harms nothing else. Photos beyond the report's limit
 * are refused too, so the draft never holds more than the city takes.
 */
export async function takeInPhotos(
  db: DeskDb,
  files: readonly File[],
  already: number,
  issueReceivedAt: string,
  pipeline: PhotoPipeline = photoPipeline,
): Promise<IntakeResult> {
  const result: IntakeResult = { added: [], failures: [] };
  for (const file of files) {
    if (already + result.added.length >= REPORT_PHOTOS_MAX) {
      result.failures.push({ name: file.name, failure: { code: 'too_many' } });
      continue;
    }
    try {
      const processed = await pipeline.process(file, {
        originalName: file.name,
        role: 'after',
        issueReceivedAt,
        blurFaces: true,
      });
      const ref = await keepPhoto(db, processed, 'after');
      if (!result.added.some((r) => r.sha256 === ref.sha256)) result.added.push(ref);
    } catch (error) {
      if (!isPhotoError(error)) throw error;
      result.failures.push({ name: file.name, failure: error.failure });
    }
  }
  return result;
}
