// How light and how sharp a photo is, from its pixels: the photo worker measures a downscaled copy
// of the canvas it already has (measure.ts), so the figures cost a few milliseconds.

export interface ImageStats {
  /** Mean luma (BT.601 weights on the encoded values), 0 (black) to 255 (white). */
  meanLuminance: number;
  /**
   * Variance of the 4-neighbour Laplacian of the grey image brought to a mean of 128: low when
   * edges are smeared. Without that scaling a dark photo (every edge's contrast scaled down with
   * its light) would read as blurred too.
   */
  sharpness: number;
  /** The size the figures were measured at: sharpness depends on it. */
  width: number;
  height: number;
}

/** The long edge the stats are measured at; the blur threshold holds for this size only. */
export const STATS_EDGE = 512;

/** Grey values of RGBA pixels, BT.601 luma. */
export function greyOf(rgba: ArrayLike<number>, width: number, height: number): Float32Array {
  const grey = new Float32Array(width * height);
  for (let index = 0; index < grey.length; index += 1) {
    const at = index * 4;
    grey[index] = 0.299 * (rgba[at] ?? 0) + 0.587 * (rgba[at + 1] ?? 0) + 0.114 * (rgba[at + 2] ?? 0);
  }
  return grey;
}

/** Variance of the Laplacian over the interior pixels (Pech-Pacheco et al., 2000). */
export function laplacianVariance(grey: Float32Array, width: number, height: number): number {
  if (width < 3 || height < 3) return 0;
  let sum = 0;
  let sumOfSquares = 0;
  for (let y = 1; y < height - 1; y += 1) {
    for (let x = 1; x < width - 1; x += 1) {
      const at = y * width + x;
      const value =
        (grey[at - 1] ?? 0) +
        (grey[at + 1] ?? 0) +
        (grey[at - width] ?? 0) +
        (grey[at + width] ?? 0) -
        4 * (grey[at] ?? 0);
      sum += value;
      sumOfSquares += value * value;
    }
  }
  const count = (width - 2) * (height - 2);
  const mean = sum / count;
  return sumOfSquares / count - mean * mean;
}

export function imageStats(rgba: ArrayLike<number>, width: number, height: number): ImageStats {
  const grey = greyOf(rgba, width, height);
  let total = 0;
  for (const value of grey) total += value;
  const meanLuminance = grey.length === 0 ? 0 : total / grey.length;
  const gain = meanLuminance > 1 ? 128 / meanLuminance : 0;
  return {
    meanLuminance,
    sharpness: laplacianVariance(grey, width, height) * gain * gain,
    width,
    height,
  };
}
