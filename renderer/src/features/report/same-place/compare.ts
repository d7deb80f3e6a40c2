import { describe, DESCRIPTOR_WORDS } from './descriptors';
import { countInliers, type Point, type PointPair } from './homography';
import { findKeypoints } from './keypoints';
import { matchDescriptors } from './matching';
import { LEVEL_SCALE, pyramid, type GreyImage } from './pyramid';
import { FULL_SCORE_INLIERS, MIN_COMPARABLE_POINTS, SAME_PLACE_INLIERS } from './thresholds';

// Whether the after-photo shows the place of the resident's photo: details of one found again in
// the other, in positions one view of the scene explains. Numbers from the fixture set
// (tests/fixtures/same-place, `npm run bench:same-place`) are in the README.

/** Photos are compared at this long edge (the worker draws them down to it). */
export const COMPARE_EDGE = 400;
/** Points looked for on each level of the pyramid, the full size first. */
const POINTS_PER_LEVEL = [300, 160, 80];
export interface PlaceFeatures {
  points: Point[];
  descriptors: Uint32Array;
}

export interface SamePlaceResult {
  /** False when either photo has too few details to compare (MIN_COMPARABLE_POINTS). */
  comparable: boolean;
  /** 0–100: how sure the comparison is that both photos show one place. */
  score: number;
  samePlace: boolean;
  /** Details found in both photos where one view of the scene puts them. */
  inliers: number;
  /** Details paired by look alone, before their positions were checked. */
  matches: number;
}

/** The points and descriptors of a photo's grey picture (at most COMPARE_EDGE on its long edge). */
export function placeFeatures(image: GreyImage): PlaceFeatures {
  const points: Point[] = [];
  const parts: Uint32Array[] = [];
  pyramid(image).forEach((level, index) => {
    const found = findKeypoints(level, POINTS_PER_LEVEL[index] ?? 0);
    const scale = LEVEL_SCALE ** index;
    parts.push(describe(level, found));
    for (const point of found) points.push({ x: point.x * scale, y: point.y * scale });
  });
  const descriptors = new Uint32Array(points.length * DESCRIPTOR_WORDS);
  let offset = 0;
  for (const part of parts) {
    descriptors.set(part, offset);
    offset += part.length;
  }
  return { points, descriptors };
}

export function comparePlaces(resident: PlaceFeatures, photo: PlaceFeatures): SamePlaceResult {
  const matches = matchDescriptors(resident.descriptors, photo.descriptors);
  const pairs = matches.flatMap(({ from, to }): PointPair[] => {
    const a = resident.points[from];
    const b = photo.points[to];
    return a && b ? [{ from: a, to: b }] : [];
  });
  const inliers = countInliers(pairs);
  return {
    comparable: Math.min(resident.points.length, photo.points.length) >= MIN_COMPARABLE_POINTS,
    score: Math.round(100 * Math.min(1, inliers / FULL_SCORE_INLIERS)),
    samePlace: inliers >= SAME_PLACE_INLIERS,
    inliers,
    matches: matches.length,
  };
}
