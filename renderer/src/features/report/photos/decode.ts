import type { AcceptedImage } from './accept';
import { flattenOnWhite } from './encode';
import { PhotoError } from './errors';
import { decodeJpegReduced } from './reduced-decode';
import { scaleToFit } from './scale';

/**
 * The photo as it is meant to be seen: EXIF orientation applied by the browser's decoder, so a
 * phone held upright gives an upright picture even though the re-encode drops the Orientation tag.
 * A decode failure is the file's fault (corrupt), whatever the browser's message says.
 */
export async function decodeOriented(source: Blob): Promise<ImageBitmap> {
  try {
    return await createImageBitmap(source, { imageOrientation: 'from-image' });
  } catch {
    throw new PhotoError({ code: 'corrupt', reason: 'undecodable' });
  }
}

/**
 * The photo upright and at most `maxEdge` on its long edge, on a canvas over white: a large
 * JPEG decoded straight at a reduced size (reduced-decode.ts), anything else decoded whole and
 * resampled. Whatever the first way cannot decode goes the second way, which refuses a corrupt file.
 */
export async function decodeToFit(
  input: Blob,
  accepted: AcceptedImage,
  maxEdge: number,
): Promise<OffscreenCanvas> {
  const reduced =
    accepted.mediaType === 'image/jpeg' ? await decodeJpegReduced(accepted.bytes, maxEdge) : null;
  if (reduced !== null) return reduced;
  const bitmap = await scaleToFit(await decodeOriented(input), maxEdge);
  const canvas = flattenOnWhite(bitmap);
  bitmap.close();
  return canvas;
}
