import { describe, expect, it } from 'vitest';
import iphone12mpUrl from '../../../../../tests/fixtures/photos/iphone-12mp.heic?url';
import notHeicUrl from '../../../../../tests/fixtures/photos/iphone-photo.heic?url';
import rotatedUrl from '../../../../../tests/fixtures/photos/rotated-exif-gps.heic?url';
import smallHeicUrl from '../../../../../tests/fixtures/photos/small.heic?url';
import truncatedHeicUrl from '../../../../../tests/fixtures/photos/truncated.heic?url';
import { photoPipeline } from './client';
import { PHOTO_MAX_EDGE } from './limits';
import { canDrawOffscreen, fixture, meanColour, pixelsOf, refusal } from './test/images';

// iPhone photos through the pipeline and its worker, with HEIC files made by heif-enc
// (tests/fixtures/photos/README.md says how): decoded by libheif in WebAssembly, turned upright
// by the file's irot, sent as JPEG with the capture time and location read first.

async function jpegStart(blob: Blob): Promise<number[]> {
  return [...new Uint8Array(await blob.slice(0, 3).arrayBuffer())];
}

/** A red square marks the top-right corner of the picture as it is meant to be seen. */
function expectRedTopRight(pixels: ImageData, inset: number) {
  const [red, green, blue] = meanColour(pixels, pixels.width - inset * 2, inset / 2, inset);
  expect(red).toBeGreaterThan(190);
  expect(green).toBeLessThan(70);
  expect(blue).toBeLessThan(70);
  const [leftRed, leftGreen] = meanColour(pixels, inset / 2, inset / 2, inset);
  expect(leftRed - leftGreen).toBeLessThan(100);
}

describe.skipIf(!canDrawOffscreen())('HEIC photos in the pipeline', () => {
  it('turns a small HEIC into a JPEG of its size, with the camera time and offset', async () => {
    const photo = await photoPipeline.process(await fixture(smallHeicUrl, 'IMG_0001.HEIC', 'image/heic'));
    expect(photo.blob.type).toBe('image/jpeg');
    expect(await jpegStart(photo.blob)).toEqual([0xff, 0xd8, 0xff]);
    expect({ width: photo.width, height: photo.height }).toEqual({ width: 640, height: 480 });
    expect(photo.capturedAt).toBe('2026-03-29T09:30:00+05:00');
    expect(photo.location).toBeNull();
  });

  it('applies the rotation an iPhone stores (irot) and reads EXIF time and GPS before stripping them', async () => {
    const input = await fixture(rotatedUrl, 'IMG_0002.HEIC', '');
    const photo = await photoPipeline.process(input);
    // Stored 640×480 landscape, irot a quarter turn: seen portrait.
    expect({ width: photo.width, height: photo.height }).toEqual({ width: 480, height: 640 });
    expect(photo.capturedAt).toBe('2026-04-02T11:15:30+03:00');
    expect(photo.location?.latitude).toBeCloseTo(55 + 36 / 60 + 40.12 / 3600, 5);
    expect(photo.location?.longitude).toBeCloseTo(37 + 43 / 60 + 25.3 / 3600, 5);
    expectRedTopRight(await pixelsOf(photo.blob), 16);
    // The JPEG sent carries no metadata at all: exifr finds nothing in it.
    const bytes = new Uint8Array(await photo.blob.arrayBuffer());
    expect(new TextDecoder('latin1').decode(bytes.subarray(0, 4096))).not.toContain('Exif');
  });

  it('takes an iPhone 12 MP HEIC (4032×3024) to an upright 2048 px JPEG', async () => {
    const photo = await photoPipeline.process(await fixture(iphone12mpUrl, 'IMG_0003.HEIC', 'image/heic'));
    expect({ width: photo.width, height: photo.height }).toEqual({ width: 1536, height: PHOTO_MAX_EDGE });
    expect(photo.blob.type).toBe('image/jpeg');
    expect(photo.capturedAt).toBe('2026-04-02T11:20:05+03:00');
    expectRedTopRight(await pixelsOf(photo.blob), 60);
  }, 60_000);

  it('refuses a HEIC cut short as truncated, like any photo', async () => {
    const failure = await refusal(photoPipeline.process(await fixture(truncatedHeicUrl, 'IMG_0004.HEIC')));
    expect(failure).toEqual({ code: 'corrupt', reason: 'truncated' });
  });

  it('refuses a file that starts as a HEIC but holds no picture as corrupt', async () => {
    const failure = await refusal(photoPipeline.process(await fixture(notHeicUrl, 'IMG_0005.HEIC')));
    expect(failure.code).toBe('corrupt');
  });
});
