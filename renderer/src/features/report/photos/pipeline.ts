import { acceptImage } from './accept';
import { checkCaptureTime } from './capture-time';
import { decodeToFit } from './decode';
import { encodePhoto } from './encode';
import { readPhotoMetadata } from './exif';
import { PHOTO_MAX_EDGE } from './limits';
import { measurePhoto } from './measure';
import { blurFaces } from './faces/blur-faces';
import type { PhotoWarning, ProcessedPhoto, ProcessPhotoOptions } from './types';

/**
 * A photo as the city will get it: refused early when it is not a whole JPEG, PNG, WebP or HEIC;
 * otherwise upright, at most 2048 px on its long edge, re-encoded as JPEG without any metadata,
 * and named by the SHA-256 of its bytes. The capture time and location are read before the
 * metadata is lost, and brightness and sharpness measured for the checks before sending. Asked
 * to, it finds the faces and blurs them before encoding, keeping the unblurred photo for undo.
 * Runs in the photo worker; nothing here touches the DOM.
 */
export async function processPhoto(input: Blob, options: ProcessPhotoOptions = {}): Promise<ProcessedPhoto> {
  const accepted = await acceptImage(input);
  // The decoder works on its own thread while the metadata is read on this one.
  const [{ capturedAt, location }, canvas] = await Promise.all([
    readPhotoMetadata(accepted.bytes, accepted.mediaType),
    decodeToFit(input, accepted, PHOTO_MAX_EDGE),
  ]);
  const stats = measurePhoto(canvas);
  const warnings: PhotoWarning[] = [];
  const faces = options.blurFaces ? await blurFaces(canvas) : undefined;
  if (faces === null) warnings.push('faces_unchecked');
  const { withinTarget, ...encoded } = await encodePhoto(canvas);

  if (options.role === 'after' && options.issueReceivedAt !== undefined) {
    const warning = checkCaptureTime(capturedAt, options.issueReceivedAt);
    if (warning) warnings.push(warning);
  }
  if (!withinTarget) warnings.push('above_size_target');
  return {
    ...encoded,
    capturedAt,
    location,
    stats,
    originalName: options.originalName ?? (input instanceof File ? input.name : null),
    warnings,
    ...(faces ? { faces } : {}),
  };
}
