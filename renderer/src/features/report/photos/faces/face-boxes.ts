import type { Size } from '../geometry';
import type { RedactionRect } from '../types';

// Pure arithmetic of face detection, apart from the model so it can be tested in Node.

/** The long edge of the copy the detector looks at: faces a yard photo shows stay 30 px or more. */
export const FACE_DETECT_EDGE = 640;

/**
 * How much a found box grows on each side (a share of its size): the detector frames the
 * features from brow to chin; hair, ears and jaw line identify a person too.
 */
export const FACE_BOX_MARGIN = 0.25;

/** A box the detector found, in the pixels of the copy it looked at. */
export interface DetectedBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The size of the detector's copy and the factor from it back to the photo's own pixels. */
export function detectionScale(photo: Size, maxEdge = FACE_DETECT_EDGE): { size: Size; factor: number } {
  const longEdge = Math.max(photo.width, photo.height);
  const scale = Math.min(1, maxEdge / longEdge);
  const size = {
    width: Math.max(1, Math.round(photo.width * scale)),
    height: Math.max(1, Math.round(photo.height * scale)),
  };
  return { size, factor: photo.width / size.width };
}

/**
 * Boxes found on the copy as rectangles on the photo: scaled back, grown by the margin, kept
 * inside the image and rounded outwards to whole pixels.
 */
export function faceRectsOnPhoto(
  boxes: readonly DetectedBox[],
  factor: number,
  photo: Size,
  margin = FACE_BOX_MARGIN,
): RedactionRect[] {
  return boxes
    .filter((box) => [box.x, box.y, box.width, box.height].every(Number.isFinite))
    .map((box) => {
      const grow = margin * Math.max(box.width, box.height);
      const left = Math.max(0, Math.floor((box.x - grow) * factor));
      const top = Math.max(0, Math.floor((box.y - grow) * factor));
      const right = Math.min(photo.width, Math.ceil((box.x + box.width + grow) * factor));
      const bottom = Math.min(photo.height, Math.ceil((box.y + box.height + grow) * factor));
      return { x: left, y: top, width: right - left, height: bottom - top };
    })
    .filter((rect) => rect.width > 0 && rect.height > 0);
}

/** Intersection over union of two rectangles: 1 for the same, 0 for apart. */
export function overlap(a: RedactionRect, b: RedactionRect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (width <= 0 || height <= 0) return 0;
  const shared = width * height;
  return shared / (a.width * a.height + b.width * b.height - shared);
}
