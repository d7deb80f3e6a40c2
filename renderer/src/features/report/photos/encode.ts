import { PHOTO_MAX_BYTES } from '@shared/domain';
import { formatMiB, PhotoError } from './errors';
import { sha256Hex } from '../../../lib/sha256';
import {
  JPEG_QUALITY_FLOOR,
  JPEG_QUALITY_START,
  JPEG_QUALITY_STEP,
  PHOTO_OUTPUT_TARGET_BYTES,
} from './limits';
import type { EncodedPhoto } from './types';

/** The qualities tried in turn, from the start down to the floor (inclusive). */
export function jpegQualityLadder(
  start = JPEG_QUALITY_START,
  floor = JPEG_QUALITY_FLOOR,
  step = JPEG_QUALITY_STEP,
): number[] {
  const ladder: number[] = [];
  for (let quality = start; quality > floor + 1e-9; quality = Math.round((quality - step) * 100) / 100) {
    ladder.push(quality);
  }
  ladder.push(floor);
  return ladder;
}

/**
 * A canvas holding the bitmap over white. JPEG has no transparency, and Chromium's encoder
 * would turn transparent PNG pixels black; white is what a person saw in the image viewer.
 */
export function flattenOnWhite(bitmap: ImageBitmap): OffscreenCanvas {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d');
  if (!context) throw new PhotoError({ code: 'internal', detail: 'no 2D context for an OffscreenCanvas' });
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(bitmap, 0, 0);
  return canvas;
}

export interface EncodedJpeg {
  blob: Blob;
  quality: number;
  withinTarget: boolean;
}

/**
 * The canvas as JPEG, at the first quality of the ladder that fits `targetBytes` (or the floor).
 * Encoding from pixels writes no EXIF, XMP or GPS at all: nothing of the original file's metadata
 * can survive it.
 */
export async function encodeJpegWithin(canvas: OffscreenCanvas, targetBytes: number): Promise<EncodedJpeg> {
  let last: Blob | undefined;
  for (const quality of jpegQualityLadder()) {
    last = await canvas.convertToBlob({ type: 'image/jpeg', quality });
    if (last.type !== 'image/jpeg') {
      throw new PhotoError({
        code: 'internal',
        detail: `the encoder produced ${last.type || 'an untyped blob'}`,
      });
    }
    if (last.size <= targetBytes) return { blob: last, quality, withinTarget: true };
  }
  if (!last) throw new PhotoError({ code: 'internal', detail: 'empty quality ladder' });
  return { blob: last, quality: JPEG_QUALITY_FLOOR, withinTarget: false };
}

export interface FinishedPhoto extends EncodedPhoto {
  withinTarget: boolean;
}

/** The canvas as the bytes to upload, and their name. */
export async function encodePhoto(canvas: OffscreenCanvas): Promise<FinishedPhoto> {
  const { blob, withinTarget } = await encodeJpegWithin(canvas, PHOTO_OUTPUT_TARGET_BYTES);
  // Unreachable at 2048 px even at the floor quality, but the city would refuse it (413).
  if (blob.size > PHOTO_MAX_BYTES) {
    throw new PhotoError({
      code: 'internal',
      detail: `the output is ${formatMiB(blob.size)}, above the city's limit`,
    });
  }
  return {
    blob,
    sha256: await sha256Hex(blob),
    width: canvas.width,
    height: canvas.height,
    bytes: blob.size,
    withinTarget,
  };
}
