import { describe, expect, it } from 'vitest';
import manifest from '../../../../../../tests/fixtures/faces/faces.json';
import { createPhotoPipeline } from '../client';
import { canDrawOffscreen, fixture, pixelsOf } from '../test/images';
import { matchFaces, type FaceFixture } from '../test/face-recall';
import type { RedactionRect } from '../types';

// Face blurring on the fixture photos (tests/fixtures/faces/README.md), through the photo worker
// as the editor calls it: the faces found, the sent JPEG blurred there, the unblurred copy kept.
const inRealBrowser = canDrawOffscreen();
const photos = manifest.photos as FaceFixture[];
const urls = import.meta.glob<string>('../../../../../../tests/fixtures/faces/*.jpg', {
  query: '?url',
  import: 'default',
  eager: true,
});
const urlOf = (file: string) => {
  const url = Object.entries(urls).find(([path]) => path.endsWith(`/${file}`))?.[1];
  if (!url) throw new Error(`no fixture ${file}`);
  return url;
};

/** The fine detail over a rectangle: the mean step of luminance between neighbouring pixels. */
function detail(image: ImageData, rect: RedactionRect): number {
  const luminance = (at: number) =>
    0.299 * (image.data[at] ?? 0) + 0.587 * (image.data[at + 1] ?? 0) + 0.114 * (image.data[at + 2] ?? 0);
  let total = 0;
  let count = 0;
  for (let row = rect.y; row < rect.y + rect.height; row += 1) {
    for (let column = rect.x; column < rect.x + rect.width - 1; column += 1) {
      const at = (row * image.width + column) * 4;
      total += Math.abs(luminance(at + 4) - luminance(at));
      count += 1;
    }
  }
  return total / count;
}

describe.runIf(inRealBrowser)('face blurring', () => {
  const pipeline = createPhotoPipeline();

  it('starts the worker and loads the face model ahead of the first photo, as the editor asks when idle', async () => {
    await expect(pipeline.prepare()).resolves.toBeUndefined();
  });

  it('finds at least 9 faces in 10 on the fixture photos, with few false alarms', async () => {
    let hits = 0;
    let falseAlarms = 0;
    let expected = 0;
    for (const photo of photos) {
      const processed = await pipeline.process(await fixture(urlOf(photo.file), photo.file), {
        blurFaces: true,
      });
      const found = processed.faces?.rects ?? [];
      const match = matchFaces(found, photo.faces);
      hits += match.hits;
      falseAlarms += match.falseAlarms;
      expected += photo.faces.length;
    }
    expect(expected).toBeGreaterThanOrEqual(10);
    expect(hits / expected).toBeGreaterThanOrEqual(0.9);
    expect(falseAlarms).toBeLessThanOrEqual(Math.ceil(expected / 10));
  }, 120_000);

  it('sends the photo blurred where the faces are and keeps the unblurred one apart', async () => {
    const photo = photos.find((it) => it.file === 'grace-hopper.jpg');
    if (!photo) throw new Error('no Grace Hopper fixture');
    const processed = await pipeline.process(await fixture(urlOf(photo.file), photo.file), {
      blurFaces: true,
    });
    const unblurred = processed.faces?.unblurred;
    expect(processed.faces?.rects).toHaveLength(1);
    expect(unblurred).toBeTruthy();
    if (!unblurred) return;
    expect(unblurred.sha256).not.toBe(processed.sha256);
    const [face] = photo.faces;
    if (!face) throw new Error('no face');
    const sent = detail(await pixelsOf(processed.blob), face);
    const kept = detail(await pixelsOf(unblurred.blob), face);
    expect(sent).toBeLessThan(kept / 3);
  }, 60_000);

  it('leaves a photo without faces as it is', async () => {
    const processed = await pipeline.process(
      await fixture(urlOf('face-api-sample1.jpg'), 'x.jpg').then(async (file) => {
        // The photo's lower third, below every face.
        const bitmap = await createImageBitmap(file, 0, 480, 1024, 200);
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
        return new File([await canvas.convertToBlob({ type: 'image/jpeg' })], 'floor.jpg');
      }),
      { blurFaces: true },
    );
    expect(processed.faces).toEqual({ rects: [], unblurred: null });
  }, 60_000);
});
