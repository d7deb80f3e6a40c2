import { acceptImage } from './accept';
import { decodeOriented } from './decode';
import { encodePhoto, flattenOnWhite } from './encode';
import { PhotoError } from './errors';
import type { PixelRect } from './geometry';
import { pixelationSize, redactionRegions } from './geometry';
import { PHOTO_MAX_EDGE } from './limits';
import { scaleToFit } from './scale';
import type { EncodedPhoto, RedactionRect } from './types';

/**
 * Hides one region for good: it is shrunk to a few blocks (the detail is gone, not hidden), the
 * blocks are drawn back opaque, and a blur of the same blocks goes over them so no face or plate
 * outline survives in the block edges. The blur fades at its border; what shows through there is
 * the blocks, never the original pixels.
 */
export function pixelateRegion(canvas: OffscreenCanvas, region: PixelRect): void {
  const context = canvas.getContext('2d');
  const small = pixelationSize(region);
  const tiny = new OffscreenCanvas(small.width, small.height);
  const tinyContext = tiny.getContext('2d');
  if (!context || !tinyContext) {
    throw new PhotoError({ code: 'internal', detail: 'no 2D context for redaction' });
  }
  tinyContext.imageSmoothingQuality = 'high';
  tinyContext.drawImage(
    canvas,
    region.x,
    region.y,
    region.width,
    region.height,
    0,
    0,
    small.width,
    small.height,
  );

  const blockSize = region.width / small.width;
  context.save();
  context.beginPath();
  context.rect(region.x, region.y, region.width, region.height);
  context.clip();
  context.imageSmoothingEnabled = false;
  context.drawImage(tiny, region.x, region.y, region.width, region.height);
  context.imageSmoothingEnabled = true;
  context.filter = `blur(${Math.max(4, Math.round(blockSize / 2))}px)`;
  context.drawImage(tiny, region.x, region.y, region.width, region.height);
  context.restore();
}

/**
 * A new photo with the rectangles blurred, hashed anew (the old hash names the unredacted bytes).
 * Rectangles are in the input's pixels; empty and off-image ones are ignored.
 */
export async function redact(input: Blob, rects: readonly RedactionRect[]): Promise<EncodedPhoto> {
  await acceptImage(input);
  const bitmap = await decodeOriented(input);
  const canvas = flattenOnWhite(bitmap);
  bitmap.close();
  for (const region of redactionRegions(rects, canvas)) pixelateRegion(canvas, region);
  // Blur first, then shrink: the rectangles are in the input's own pixels. Only an input that
  // did not come out of processPhoto can be larger than the output size.
  const output =
    Math.max(canvas.width, canvas.height) > PHOTO_MAX_EDGE
      ? flattenOnWhite(await scaleToFit(await createImageBitmap(canvas), PHOTO_MAX_EDGE))
      : canvas;
  const { withinTarget: _withinTarget, ...photo } = await encodePhoto(output);
  return photo;
}
