import type { RedactionRect } from './types';

// Pure arithmetic of redaction, apart from the canvas so it can be tested in Node.

/** A rectangle on whole pixels, inside the image, never empty. */
export interface PixelRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

/**
 * The pixels a rectangle touches, inside the image. A rectangle drawn from right to left (negative
 * width or height) is turned round; edges are rounded outwards so a partly covered pixel is
 * blurred too. Null when nothing of it lies on the image or a figure is not finite.
 */
export function clampRect(rect: RedactionRect, image: Size): PixelRect | null {
  const { x, y, width, height } = rect;
  if (![x, y, width, height].every(Number.isFinite)) return null;
  const left = Math.max(0, Math.floor(Math.min(x, x + width)));
  const top = Math.max(0, Math.floor(Math.min(y, y + height)));
  const right = Math.min(image.width, Math.ceil(Math.max(x, x + width)));
  const bottom = Math.min(image.height, Math.ceil(Math.max(y, y + height)));
  if (right <= left || bottom <= top) return null;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The rectangles worth blurring: clamped to the image, empty and off-image ones dropped. */
export function redactionRegions(rects: readonly RedactionRect[], image: Size): PixelRect[] {
  return rects.map((rect) => clampRect(rect, image)).filter((rect): rect is PixelRect => rect !== null);
}

/** Blocks are at least this many pixels, so a small licence plate is not merely softened. */
export const MIN_PIXELATION_BLOCK = 8;

/**
 * The size a region is shrunk to before it is stretched back: about 1/16 of its long edge per
 * block, and never blocks smaller than MIN_PIXELATION_BLOCK. What is thrown away here cannot be
 * recovered by any sharpening.
 */
export function pixelationSize(region: Size): Size {
  const block = Math.max(MIN_PIXELATION_BLOCK, Math.max(region.width, region.height) / 16);
  return {
    width: Math.max(1, Math.round(region.width / block)),
    height: Math.max(1, Math.round(region.height / block)),
  };
}

/** The largest size within `maxEdge` on the long edge with the same proportions; never larger than the source. */
export function fitWithin(source: Size, maxEdge: number): Size {
  const scale = Math.min(1, maxEdge / Math.max(source.width, source.height));
  return {
    width: Math.max(1, Math.round(source.width * scale)),
    height: Math.max(1, Math.round(source.height * scale)),
  };
}
