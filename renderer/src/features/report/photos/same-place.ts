import { greyOf } from '../checks/image-stats';
import type { PlaceFeatures, SamePlaceResult } from '../same-place/compare';
import { acceptImage } from './accept';
import { decodeToFit } from './decode';
import type { SamePlaceInput } from './types';

// The same-place comparison, in the photo worker: both photos decoded down to the compared size,
// their details found and matched (same-place/compare.ts, a chunk of its own loaded on the first
// comparison). The resident's photo is the same for every "after" photo of a report, so its
// details are kept for the next comparison.

const KEPT_FEATURES = 8;
const kept = new Map<string, PlaceFeatures>();
const loadComparison = () => import('../same-place/compare');

async function featuresOf(photo: Blob, key: string | undefined): Promise<PlaceFeatures> {
  const known = key === undefined ? undefined : kept.get(key);
  if (known) return known;
  const { COMPARE_EDGE, placeFeatures } = await loadComparison();
  const canvas = await decodeToFit(photo, await acceptImage(photo), COMPARE_EDGE);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('the photo worker has no 2D context to read pixels with');
  const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
  const features = placeFeatures({ width, height, data: greyOf(data, width, height) });
  if (key !== undefined) {
    if (kept.size >= KEPT_FEATURES) kept.delete(kept.keys().next().value ?? '');
    kept.set(key, features);
  }
  return features;
}

export async function compareSamePlace({
  resident,
  photo,
  residentKey,
}: SamePlaceInput): Promise<SamePlaceResult> {
  const { comparePlaces } = await loadComparison();
  return comparePlaces(await featuresOf(resident, residentKey), await featuresOf(photo, undefined));
}
