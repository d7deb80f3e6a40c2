import type { Dimensions } from './contract';

// "No visible loss", as a number: the structural similarity (Wang, Bovik, Sheikh and Simoncelli,
// 2004) of a photo's output against its source scaled to the same size. The reference scaling is
// an exact area average (every source pixel weighed by how much of it an output pixel covers),
// the same whoever made the output; the comparison is of luma (BT.601), with the paper's 11×11
// Gaussian window (σ 1.5) and constants (K1 0.01, K2 0.03), over every window inside the image.

/** The image's luma, upright as the browser shows it. */
async function lumaOf(image: Blob): Promise<{ luma: Float32Array; size: Dimensions }> {
  const bitmap = await createImageBitmap(image, { imageOrientation: 'from-image' });
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D context');
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  const luma = new Float32Array(canvas.width * canvas.height);
  for (let at = 0; at < luma.length; at += 1)
    luma[at] =
      0.299 * (data[at * 4] ?? 0) + 0.587 * (data[at * 4 + 1] ?? 0) + 0.114 * (data[at * 4 + 2] ?? 0);
  return { luma, size: { width: canvas.width, height: canvas.height } };
}

/**
 * One axis of the area average: each of `lines` lines of `from` samples becomes `to` samples.
 * Sample i of line l sits at l × lineStride + i × sampleStride (the line strides of the source
 * and the target differ when the samples are along rows).
 */
function averageAxis(
  source: Float32Array,
  target: Float32Array,
  axis: { from: number; to: number; lines: number },
  strides: { sample: number; sourceLine: number; targetLine: number },
): void {
  const step = axis.from / axis.to;
  for (let line = 0; line < axis.lines; line += 1)
    for (let index = 0; index < axis.to; index += 1) {
      const start = index * step;
      const end = start + step;
      let sum = 0;
      for (let pixel = Math.floor(start); pixel < Math.ceil(end); pixel += 1) {
        const weight = Math.min(end, pixel + 1) - Math.max(start, pixel);
        sum += weight * (source[line * strides.sourceLine + pixel * strides.sample] ?? 0);
      }
      target[line * strides.targetLine + index * strides.sample] = sum / step;
    }
}

/** The source's luma scaled to `size` by the exact area average, rows then columns. */
function areaScaled(luma: Float32Array, from: Dimensions, size: Dimensions): Float32Array {
  const rows = new Float32Array(size.width * from.height);
  averageAxis(
    luma,
    rows,
    { from: from.width, to: size.width, lines: from.height },
    { sample: 1, sourceLine: from.width, targetLine: size.width },
  );
  const scaled = new Float32Array(size.width * size.height);
  averageAxis(
    rows,
    scaled,
    { from: from.height, to: size.height, lines: size.width },
    { sample: size.width, sourceLine: 1, targetLine: 1 },
  );
  return scaled;
}

const RADIUS = 5;
const KERNEL = (() => {
  const weights = Array.from({ length: 2 * RADIUS + 1 }, (_, at) =>
    Math.exp(-((at - RADIUS) ** 2) / (2 * 1.5 ** 2)),
  );
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return Float32Array.from(weights, (weight) => weight / total);
})();

/** One pass of the Gaussian along rows or columns, over the pixels whose window lies inside the image. */
function blurAlong(values: Float32Array, size: Dimensions, along: 'rows' | 'columns'): Float32Array {
  const { width, height } = size;
  const step = along === 'rows' ? 1 : width;
  const [top, bottom] = along === 'rows' ? [0, height] : [RADIUS, height - RADIUS];
  const blurred = new Float32Array(values.length);
  for (let y = top; y < bottom; y += 1)
    for (let x = RADIUS; x < width - RADIUS; x += 1) {
      const at = y * width + x;
      let sum = 0;
      for (let k = -RADIUS; k <= RADIUS; k += 1)
        sum += (KERNEL[k + RADIUS] ?? 0) * (values[at + k * step] ?? 0);
      blurred[at] = sum;
    }
  return blurred;
}

/** The Gaussian-weighted local mean of every pixel whose window lies inside the image. */
const windowed = (values: Float32Array, size: Dimensions): Float32Array =>
  blurAlong(blurAlong(values, size, 'rows'), size, 'columns');

/** The mean SSIM of two lumas of one size. */
function meanSsim(a: Float32Array, b: Float32Array, size: Dimensions): number {
  const product = (x: Float32Array, y: Float32Array) => x.map((value, at) => value * (y[at] ?? 0));
  const [meanA, meanB, squareA, squareB, cross] = [a, b, product(a, a), product(b, b), product(a, b)].map(
    (values) => windowed(values, size),
  ) as [Float32Array, Float32Array, Float32Array, Float32Array, Float32Array];
  const c1 = (0.01 * 255) ** 2;
  const c2 = (0.03 * 255) ** 2;
  let total = 0;
  let windows = 0;
  for (let y = RADIUS; y < size.height - RADIUS; y += 1)
    for (let x = RADIUS; x < size.width - RADIUS; x += 1) {
      const at = y * size.width + x;
      const ma = meanA[at] ?? 0;
      const mb = meanB[at] ?? 0;
      const va = (squareA[at] ?? 0) - ma * ma;
      const vb = (squareB[at] ?? 0) - mb * mb;
      const cov = (cross[at] ?? 0) - ma * mb;
      total += ((2 * ma * mb + c1) * (2 * cov + c2)) / ((ma * ma + mb * mb + c1) * (va + vb + c2));
      windows += 1;
    }
  return total / windows;
}

/** Measures outputs of one source; the source is decoded once. */
export async function ssimAgainst(source: Blob): Promise<(output: Blob) => Promise<number>> {
  const original = await lumaOf(source);
  return async (output) => {
    const made = await lumaOf(output);
    return meanSsim(areaScaled(original.luma, original.size, made.size), made.luma, made.size);
  };
}
