import { imageStats, STATS_EDGE, type ImageStats } from '../checks/image-stats';
import { fitWithin } from './geometry';

/**
 * Brightness and sharpness of the photo as it will be sent, measured on a copy at most
 * STATS_EDGE on its long edge (a 2048 px canvas drawn down takes a few milliseconds, its
 * statistics about as much); null when the worker has no 2D context to measure with.
 */
export function measurePhoto(canvas: OffscreenCanvas): ImageStats | null {
  const size = fitWithin(canvas, STATS_EDGE);
  const small = new OffscreenCanvas(size.width, size.height);
  const context = small.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.imageSmoothingQuality = 'medium';
  context.drawImage(canvas, 0, 0, size.width, size.height);
  const { data } = context.getImageData(0, 0, size.width, size.height);
  return imageStats(data, size.width, size.height);
}
