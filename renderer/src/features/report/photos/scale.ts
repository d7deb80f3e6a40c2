import { fitWithin } from './geometry';

/**
 * The bitmap shrunk to fit `maxEdge`, never enlarged. The browser's high-quality resampler
 * filters over the whole source area, unlike a plain bilinear drawImage, which at a 2:1 or
 * larger reduction skips pixels and leaves aliasing on fences, bricks and text. The source
 * bitmap is closed once it is no longer needed: a 12 MP bitmap holds 48 MB.
 */
export async function scaleToFit(bitmap: ImageBitmap, maxEdge: number): Promise<ImageBitmap> {
  const target = fitWithin(bitmap, maxEdge);
  if (target.width === bitmap.width && target.height === bitmap.height) return bitmap;
  try {
    return await createImageBitmap(bitmap, {
      resizeWidth: target.width,
      resizeHeight: target.height,
      resizeQuality: 'high',
    });
  } finally {
    bitmap.close();
  }
}
