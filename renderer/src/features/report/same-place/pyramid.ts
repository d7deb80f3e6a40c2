// The grey picture a comparison works on, smoothed, at a few scales: a photo taken a step closer
// or further shows the same details larger or smaller, and a descriptor only matches at a size
// near its own.

export interface GreyImage {
  width: number;
  height: number;
  /** Row-major grey values, 0–255. */
  data: Float32Array;
}

/** Each level is this much smaller than the one above it (ORB's 1.2 is finer and dearer). */
export const LEVEL_SCALE = Math.SQRT2;
export const LEVELS = 3;

/** A separable [1 4 6 4 1]/16 blur: the binary tests of a descriptor then see shapes, not noise. */
export function smooth(image: GreyImage): GreyImage {
  const { width, height, data } = image;
  const across = new Float32Array(data.length);
  const at = (x: number, limit: number) => (x < 0 ? 0 : x >= limit ? limit - 1 : x);
  for (let y = 0; y < height; y += 1) {
    const row = y * width;
    for (let x = 0; x < width; x += 1) {
      across[row + x] =
        ((data[row + at(x - 2, width)] ?? 0) +
          4 * (data[row + at(x - 1, width)] ?? 0) +
          6 * (data[row + x] ?? 0) +
          4 * (data[row + at(x + 1, width)] ?? 0) +
          (data[row + at(x + 2, width)] ?? 0)) /
        16;
    }
  }
  const out = new Float32Array(data.length);
  for (let y = 0; y < height; y += 1) {
    const up2 = at(y - 2, height) * width;
    const up1 = at(y - 1, height) * width;
    const row = y * width;
    const down1 = at(y + 1, height) * width;
    const down2 = at(y + 2, height) * width;
    for (let x = 0; x < width; x += 1) {
      out[row + x] =
        ((across[up2 + x] ?? 0) +
          4 * (across[up1 + x] ?? 0) +
          6 * (across[row + x] ?? 0) +
          4 * (across[down1 + x] ?? 0) +
          (across[down2 + x] ?? 0)) /
        16;
    }
  }
  return { width, height, data: out };
}

/** The image `factor` times smaller, each pixel sampled bilinearly from an already smoothed one. */
export function shrink(image: GreyImage, factor: number): GreyImage {
  const width = Math.max(1, Math.round(image.width / factor));
  const height = Math.max(1, Math.round(image.height / factor));
  const data = new Float32Array(width * height);
  for (let y = 0; y < height; y += 1) {
    const sy = Math.min(image.height - 1.001, (y + 0.5) * factor - 0.5);
    const y0 = Math.max(0, Math.floor(sy));
    const fy = Math.max(0, sy - y0);
    for (let x = 0; x < width; x += 1) {
      const sx = Math.min(image.width - 1.001, (x + 0.5) * factor - 0.5);
      const x0 = Math.max(0, Math.floor(sx));
      const fx = Math.max(0, sx - x0);
      const top = y0 * image.width + x0;
      const bottom = top + image.width;
      const a = image.data[top] ?? 0;
      const b = image.data[top + 1] ?? 0;
      const c = image.data[bottom] ?? 0;
      const d = image.data[bottom + 1] ?? 0;
      data[y * width + x] = (a * (1 - fx) + b * fx) * (1 - fy) + (c * (1 - fx) + d * fx) * fy;
    }
  }
  return { width, height, data };
}

/** The smoothed picture at LEVELS scales, the full size first. */
export function pyramid(image: GreyImage): GreyImage[] {
  const levels = [smooth(image)];
  for (let level = 1; level < LEVELS; level += 1) {
    const above = levels[level - 1];
    if (!above) break;
    levels.push(smooth(shrink(above, LEVEL_SCALE)));
  }
  return levels;
}
