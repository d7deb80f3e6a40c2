import { encodePhoto } from '../encode';
import { redactionRegions } from '../geometry';
import { pixelateRegion } from '../redact';
import type { FoundFaces } from '../types';
import { findFaces } from './detect';

/**
 * Finds the faces on the pipeline's canvas and blurs them in place. When there are any, the
 * photo is encoded once before blurring so the supervisor can undo a rectangle; that copy stays
 * on the device. Null when the detector failed: the photo goes on, with a warning.
 */
export async function blurFaces(canvas: OffscreenCanvas): Promise<FoundFaces | null> {
  let rects;
  try {
    rects = await findFaces(canvas);
  } catch (error) {
    console.error('Faces could not be looked for', error);
    return null;
  }
  if (rects.length === 0) return { rects, unblurred: null };
  const { withinTarget: _withinTarget, ...unblurred } = await encodePhoto(canvas);
  for (const region of redactionRegions(rects, canvas)) pixelateRegion(canvas, region);
  return { rects, unblurred };
}
