import { describe, expect, it } from 'vitest';
import residentUrl from '../../../../../tests/fixtures/same-place/photos/leuvenA.jpg?url';
import otherAngleUrl from '../../../../../tests/fixtures/same-place/photos/leuvenA-angle.jpg?url';
import otherLightUrl from '../../../../../tests/fixtures/same-place/photos/leuvenB.jpg?url';
import otherPlaceUrl from '../../../../../tests/fixtures/same-place/photos/home.jpg?url';
import { photoPipeline } from '../photos/client';
import { canDrawOffscreen, fixture } from '../photos/test/images';
import { SAME_PLACE_INLIERS } from './thresholds';

// Pairs of the labelled fixture set (tests/fixtures/same-place/manifest.json) through the real
// client and photo worker: the street from another angle and in other light is the same place,
// another street is not. `npm run bench:same-place` runs all fifty.

describe.skipIf(!canDrawOffscreen())('the same-place comparison in the photo worker', () => {
  it('takes the same street from another angle and in other light for the same place, and another for another', async () => {
    const resident = await fixture(residentUrl, 'leuvenA.jpg');
    const compare = async (url: string) =>
      photoPipeline.compareSamePlace({
        resident,
        photo: await fixture(url, 'after.jpg'),
        residentKey: 'leuvenA',
      });

    const angle = await compare(otherAngleUrl);
    const light = await compare(otherLightUrl);
    const other = await compare(otherPlaceUrl);

    expect(angle.samePlace).toBe(true);
    expect(angle.inliers).toBeGreaterThanOrEqual(SAME_PLACE_INLIERS);
    expect(light.samePlace).toBe(true);
    expect(other.samePlace).toBe(false);
    expect(other.score).toBeLessThan(angle.score);
    expect(other.score).toBeLessThan(light.score);
  }, 60_000);
});
