import { PATCH_RADIUS, type Keypoint } from './keypoints';
import type { GreyImage } from './pyramid';

// Rotated BRIEF (Rublee et al., "ORB", 2011): 256 comparisons of two smoothed pixels near the
// point, the pairs turned by the patch's own orientation so a photo held a little askew still
// matches. 256 bits are eight 32-bit words; two descriptors differ by the bits that differ.

export const DESCRIPTOR_WORDS = 8;
const BITS = DESCRIPTOR_WORDS * 32;
/** The pairs stay within this radius, so turned by any angle they remain inside the patch. */
const PAIR_RADIUS = PATCH_RADIUS - 2;

/** A fixed pattern (Gaussian around the point, σ = patch / 5, as BRIEF's best), the same every run. */
const pattern: Int8Array = (() => {
  let seed = 0x2f6b1d;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) >>> 0;
    return seed / 2 ** 32;
  };
  const gaussian = () => {
    const u = Math.max(random(), 1e-9);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
  const point = (): [number, number] => {
    for (;;) {
      const x = Math.round(gaussian() * ((2 * PATCH_RADIUS + 1) / 5));
      const y = Math.round(gaussian() * ((2 * PATCH_RADIUS + 1) / 5));
      if (x * x + y * y <= PAIR_RADIUS * PAIR_RADIUS) return [x, y];
    }
  };
  const pairs = new Int8Array(BITS * 4);
  for (let bit = 0; bit < BITS; bit += 1) pairs.set([...point(), ...point()], bit * 4);
  return pairs;
})();

/** The direction from the point to its patch's centre of brightness (Rosin, 1999). */
function orientation(image: GreyImage, point: Keypoint): number {
  let m10 = 0;
  let m01 = 0;
  for (let dy = -PATCH_RADIUS; dy <= PATCH_RADIUS; dy += 1) {
    const row = (point.y + dy) * image.width + point.x;
    const span = Math.floor(Math.sqrt(PATCH_RADIUS * PATCH_RADIUS - dy * dy));
    for (let dx = -span; dx <= span; dx += 1) {
      const value = image.data[row + dx] ?? 0;
      m10 += dx * value;
      m01 += dy * value;
    }
  }
  return Math.atan2(m01, m10);
}

/** One descriptor per point, DESCRIPTOR_WORDS words each, in the points' order. */
export function describe(image: GreyImage, points: readonly Keypoint[]): Uint32Array {
  const out = new Uint32Array(points.length * DESCRIPTOR_WORDS);
  const { width, data } = image;
  points.forEach((point, index) => {
    const angle = orientation(image, point);
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const centre = point.y * width + point.x;
    const sample = (x: number, y: number) =>
      data[centre + Math.round(x * sin + y * cos) * width + Math.round(x * cos - y * sin)] ?? 0;
    for (let bit = 0; bit < BITS; bit += 1) {
      const at = bit * 4;
      const first = sample(pattern[at] ?? 0, pattern[at + 1] ?? 0);
      const second = sample(pattern[at + 2] ?? 0, pattern[at + 3] ?? 0);
      if (first < second) {
        const word = index * DESCRIPTOR_WORDS + (bit >>> 5);
        out[word] = (out[word] ?? 0) | (1 << (bit & 31));
      }
    }
  });
  return out;
}
