import { acceptImage } from './accept';
import { checkCaptureTime } from './capture-time';
import { decodeToFit } from './decode';
import { encodePhoto } from './encode';
import { readCapturedAt } from './exif';
import { PHOTO_MAX_EDGE } from './limits';
import type { PhotoWarning, ProcessedPhoto, ProcessPhotoOptions } from './types';

/**
 * A photo as the city will get it: refused early when it is not a whole JPEG, PNG or WebP;
 * otherwise upright, at most 2048 px on its long edge, re-encoded as JPEG without any metadata,
 * and named by the SHA-256 of its bytes. The capture time is read before the metadata is lost.
 * Runs in the photo worker; nothing here touches the DOM.
 */
export async function processPhoto(input: Blob, options: ProcessPhotoOptions = {}): Promise<ProcessedPhoto> {
  const accepted = await acceptImage(input);
  // The decoder works on its own thread while the metadata is read on this one.
  const [capturedAt, canvas] = await Promise.all([
    readCapturedAt(accepted.bytes),
    decodeToFit(input, accepted, PHOTO_MAX_EDGE),
  ]);
  const { withinTarget, ...encoded } = await encodePhoto(canvas);

  const warnings: PhotoWarning[] = [];
  if (options.role === 'after' && options.issueReceivedAt !== undefined) {
    const warning = checkCaptureTime(capturedAt, options.issueReceivedAt);
    if (warning) warnings.push(warning);
  }
  if (!withinTarget) warnings.push('above_size_target');
  return {
    ...encoded,
    capturedAt,
    originalName: options.originalName ?? (input instanceof File ? input.name : null),
    warnings,
  };
}
