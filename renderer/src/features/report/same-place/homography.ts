import { seededRandom } from '@shared/random';

// Whether the paired points agree on one view of one flat-enough scene: RANSAC (Fischler and
// Bolles, 1981) fits a homography to four pairs at a time and counts the pairs it carries within
// a few pixels. Pairs between two different places agree on nothing, so few of them fit any one.

export interface Point {
  x: number;
  y: number;
}

export interface PointPair {
  from: Point;
  to: Point;
}

/** A pair within this many pixels (at the compared size) of where the homography puts it fits. */
export const INLIER_PX = 5;
const MAX_ITERATIONS = 2000;
const CONFIDENCE = 0.995;

type Matrix3 = [number, number, number, number, number, number, number, number, number];

/** Solves A·x = b (n × n, row-major) by Gaussian elimination with partial pivoting; null when singular. */
function solve(a: Float64Array, b: Float64Array, n: number): Float64Array | null {
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let row = col + 1; row < n; row += 1)
      if (Math.abs(a[row * n + col] ?? 0) > Math.abs(a[pivot * n + col] ?? 0)) pivot = row;
    const pivotValue = a[pivot * n + col] ?? 0;
    if (Math.abs(pivotValue) < 1e-10) return null;
    if (pivot !== col) {
      for (let k = 0; k < n; k += 1) {
        const t = a[col * n + k] ?? 0;
        a[col * n + k] = a[pivot * n + k] ?? 0;
        a[pivot * n + k] = t;
      }
      const t = b[col] ?? 0;
      b[col] = b[pivot] ?? 0;
      b[pivot] = t;
    }
    for (let row = col + 1; row < n; row += 1) {
      const factor = (a[row * n + col] ?? 0) / pivotValue;
      if (factor === 0) continue;
      for (let k = col; k < n; k += 1)
        a[row * n + k] = (a[row * n + k] ?? 0) - factor * (a[col * n + k] ?? 0);
      b[row] = (b[row] ?? 0) - factor * (b[col] ?? 0);
    }
  }
  const x = new Float64Array(n);
  for (let row = n - 1; row >= 0; row -= 1) {
    let sum = b[row] ?? 0;
    for (let k = row + 1; k < n; k += 1) sum -= (a[row * n + k] ?? 0) * (x[k] ?? 0);
    x[row] = sum / (a[row * n + row] ?? 1);
  }
  return x;
}

/** The homography through four pairs (h33 = 1), or null when they do not fix one. */
export function homographyOf(pairs: readonly PointPair[]): Matrix3 | null {
  const a = new Float64Array(64);
  const b = new Float64Array(8);
  pairs.slice(0, 4).forEach(({ from: { x, y }, to: { x: u, y: v } }, i) => {
    a.set([x, y, 1, 0, 0, 0, -u * x, -u * y], i * 16);
    a.set([0, 0, 0, x, y, 1, -v * x, -v * y], i * 16 + 8);
    b[i * 2] = u;
    b[i * 2 + 1] = v;
  });
  const h = solve(a, b, 8);
  if (!h) return null;
  return [h[0] ?? 0, h[1] ?? 0, h[2] ?? 0, h[3] ?? 0, h[4] ?? 0, h[5] ?? 0, h[6] ?? 0, h[7] ?? 0, 1];
}

export function project(h: Matrix3, { x, y }: Point): Point | null {
  const w = h[6] * x + h[7] * y + h[8];
  if (w <= 1e-6) return null; // behind the camera: not a view of this scene
  return { x: (h[0] * x + h[1] * y + h[2]) / w, y: (h[3] * x + h[4] * y + h[5]) / w };
}

const cross = (a: Point, b: Point, c: Point) => (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);

/**
 * Four pairs a real view can give: no three points in a line, and the same turning order on both
 * sides (a mirror image is not another angle of the place), as OpenCV checks its samples.
 */
function plausibleSample(sample: readonly PointPair[]): boolean {
  for (let i = 0; i < 4; i += 1) {
    const [a, b, c] = [sample[i], sample[(i + 1) % 4], sample[(i + 2) % 4]];
    if (!a || !b || !c) return false;
    const before = cross(a.from, b.from, c.from);
    const after = cross(a.to, b.to, c.to);
    if (Math.abs(before) < 4 || Math.abs(after) < 4 || Math.sign(before) !== Math.sign(after)) return false;
  }
  return true;
}

/** How many pairs the best homography found carries (0 with fewer than five pairs). */
export function countInliers(pairs: readonly PointPair[]): number {
  if (pairs.length < 5) return 0;
  const random = seededRandom(pairs.length);
  const limit = INLIER_PX * INLIER_PX;
  let best = 0;
  let iterations = MAX_ITERATIONS;
  for (let round = 0; round < iterations; round += 1) {
    const picked = new Set<number>();
    while (picked.size < 4) picked.add(Math.floor(random() * pairs.length));
    const sample = [...picked].map((index) => pairs[index]).filter((it): it is PointPair => !!it);
    if (!plausibleSample(sample)) continue;
    const h = homographyOf(sample);
    if (!h) continue;
    let inliers = 0;
    for (const { from, to } of pairs) {
      const seen = project(h, from);
      if (seen && (seen.x - to.x) ** 2 + (seen.y - to.y) ** 2 <= limit) inliers += 1;
    }
    if (inliers > best) {
      best = inliers;
      const share = inliers / pairs.length;
      const needed = Math.log(1 - CONFIDENCE) / Math.log(Math.max(1e-9, 1 - share ** 4));
      iterations = Math.min(MAX_ITERATIONS, Math.ceil(needed));
    }
  }
  return best;
}
