import { describe, expect, it } from 'vitest';
import bigJpegUrl from '../../../../../tests/fixtures/photos/photo-12mp-exif-gps.jpg?url';
import rotatedHeicUrl from '../../../../../tests/fixtures/photos/rotated-exif-gps.heic?url';
import smallJpegUrl from '../../../../../tests/fixtures/photos/small-offset.jpg?url';
import { photoPipeline } from '../photos/client';
import { canDrawOffscreen, fixture } from '../photos/test/images';
import type { ProcessedPhoto } from '../photos/types';
import { checkPhoto, MIN_MEAN_LUMINANCE, MIN_SHARPNESS, type PhotoCheckResult } from './photo-checks';

// The brightness and sharpness thresholds tried on the fixture photos and on variants of them made
// here as a phone would spoil them: shot at dusk (darkened) and shaken or out of focus (blurred at
// the size that is sent). Each variant goes through the real pipeline and worker, which measures it.

async function variant(photo: ProcessedPhoto, filter: string): Promise<File> {
  const bitmap = await createImageBitmap(photo.blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D context');
  context.filter = filter;
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  return new File([await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 })], 'variant.jpg');
}

const issue = { receivedAt: '2026-03-20T09:00:00+03:00', lat: 55.6111, lng: 37.7237 };
const now = new Date('2026-04-03T12:00:00+03:00');

const outcome = (results: PhotoCheckResult[], code: string) => results.find((it) => it.code === code);

describe.skipIf(!canDrawOffscreen())('photo checks on measured fixtures', () => {
  it('passes the sharp, well-lit fixtures and flags their dark and blurred variants', async () => {
    const figures: string[] = [];
    for (const [url, name] of [
      [bigJpegUrl, 'IMG_0412.JPG'],
      [smallJpegUrl, 'small.jpg'],
    ] as const) {
      const original = await photoPipeline.process(await fixture(url, name));
      const dark = await photoPipeline.process(await variant(original, 'brightness(0.25)'));
      const blurred = await photoPipeline.process(await variant(original, 'blur(4px)'));
      const sharpStats = original.stats;
      figures.push(
        `${name}: luma ${sharpStats?.meanLuminance.toFixed(0)} / dark ${dark.stats?.meanLuminance.toFixed(0)}; ` +
          `sharpness ${sharpStats?.sharpness.toFixed(0)} / blurred ${blurred.stats?.sharpness.toFixed(0)}`,
      );
      expect(original.stats?.meanLuminance).toBeGreaterThan(MIN_MEAN_LUMINANCE);
      expect(original.stats?.sharpness).toBeGreaterThan(MIN_SHARPNESS);
      expect(dark.stats?.meanLuminance).toBeLessThan(MIN_MEAN_LUMINANCE);
      expect(blurred.stats?.sharpness).toBeLessThan(MIN_SHARPNESS);
      expect(blurred.stats?.meanLuminance).toBeGreaterThan(MIN_MEAN_LUMINANCE);
    }
    console.log(figures.join('\n'));
  }, 60_000);

  it('says what each check found on a HEIC from the yard: after the issue, near it, light and sharp', async () => {
    const photo = await photoPipeline.process(await fixture(rotatedHeicUrl, 'IMG_0002.HEIC'));
    const results = checkPhoto(photo, issue, now);
    expect(results.map((it) => [it.code, it.passed])).toEqual([
      ['taken_after_issue', true],
      ['near_issue', true],
      ['bright_enough', true],
      ['sharp', true],
    ]);
    expect(outcome(results, 'near_issue')?.numbers['metres']).toBeLessThan(20);
  });
});
