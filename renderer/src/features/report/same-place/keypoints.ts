import type { GreyImage } from './pyramid';

// Corners (Harris and Stephens, 1988) spread over the picture: a grid keeps the strongest few of
// each cell, so a busy corner of the yard does not take every point and a plain wall none.

export interface Keypoint {
  /** Where, in the pixels of the level it was found on. */
  x: number;
  y: number;
  response: number;
}

/** Points nearer the edge than this have no whole patch for their descriptor. */
export const PATCH_RADIUS = 15;
const GRID = 4;
const HARRIS_K = 0.04;
/** A corner weaker than this share of the picture's strongest is noise, not a detail. */
const MIN_RELATIVE_RESPONSE = 0.001;

/** Sums of `values` over the (2·radius + 1)² window around each pixel: a row pass, then a column pass. */
function boxSum(values: Float32Array, width: number, height: number, radius: number): Float32Array {
  const rows = new Float32Array(values.length);
  for (let y = 0; y < height; y += 1) {
    const row = y * width;
    let sum = 0;
    for (let x = 0; x < Math.min(width, radius); x += 1) sum += values[row + x] ?? 0;
    for (let x = 0; x < width; x += 1) {
      if (x + radius < width) sum += values[row + x + radius] ?? 0;
      if (x - radius - 1 >= 0) sum -= values[row + x - radius - 1] ?? 0;
      rows[row + x] = sum;
    }
  }
  const out = new Float32Array(values.length);
  for (let x = 0; x < width; x += 1) {
    let sum = 0;
    for (let y = 0; y < Math.min(height, radius); y += 1) sum += rows[y * width + x] ?? 0;
    for (let y = 0; y < height; y += 1) {
      if (y + radius < height) sum += rows[(y + radius) * width + x] ?? 0;
      if (y - radius - 1 >= 0) sum -= rows[(y - radius - 1) * width + x] ?? 0;
      out[y * width + x] = sum;
    }
  }
  return out;
}

/** det − k·trace² of the gradients' structure tensor summed over a 5 × 5 window. */
function harrisResponse(image: GreyImage): Float32Array {
  const { width, height, data } = image;
  const xx = new Float32Array(width * height);
  const yy = new Float32Array(width * height);
  const xy = new Float32Array(width * height);
  for (let y = 1; y < height - 1; y += 1) {
    for (let x = 1; x < width - 1; x += 1) {
      const at = y * width + x;
      const gx = ((data[at + 1] ?? 0) - (data[at - 1] ?? 0)) / 2;
      const gy = ((data[at + width] ?? 0) - (data[at - width] ?? 0)) / 2;
      xx[at] = gx * gx;
      yy[at] = gy * gy;
      xy[at] = gx * gy;
    }
  }
  const sxx = boxSum(xx, width, height, 2);
  const syy = boxSum(yy, width, height, 2);
  const sxy = boxSum(xy, width, height, 2);
  const response = new Float32Array(width * height);
  for (let at = 0; at < response.length; at += 1) {
    const a = sxx[at] ?? 0;
    const b = syy[at] ?? 0;
    const c = sxy[at] ?? 0;
    response[at] = a * b - c * c - HARRIS_K * (a + b) * (a + b);
  }
  return response;
}

/** Up to `count` local maxima of the corner response, at most count / GRID² + 1 from each cell of the grid. */
export function findKeypoints(image: GreyImage, count: number): Keypoint[] {
  const { width, height } = image;
  const response = harrisResponse(image);
  const margin = PATCH_RADIUS + 1;
  let strongest = 0;
  for (const value of response) if (value > strongest) strongest = value;
  const floor = strongest * MIN_RELATIVE_RESPONSE;
  const cells: Keypoint[][] = Array.from({ length: GRID * GRID }, () => []);
  for (let y = margin; y < height - margin; y += 1) {
    for (let x = margin; x < width - margin; x += 1) {
      const value = response[y * width + x] ?? 0;
      if (value <= floor) continue;
      let isMax = true;
      for (let dy = -1; dy <= 1 && isMax; dy += 1)
        for (let dx = -1; dx <= 1; dx += 1)
          if ((dx !== 0 || dy !== 0) && (response[(y + dy) * width + x + dx] ?? 0) >= value) {
            isMax = false;
            break;
          }
      if (!isMax) continue;
      const cell = Math.floor((y * GRID) / height) * GRID + Math.floor((x * GRID) / width);
      cells[cell]?.push({ x, y, response: value });
    }
  }
  const perCell = Math.ceil(count / (GRID * GRID)) + 1;
  const kept = cells.flatMap((cell) => cell.sort((a, b) => b.response - a.response).slice(0, perCell));
  return kept.sort((a, b) => b.response - a.response).slice(0, count);
}
