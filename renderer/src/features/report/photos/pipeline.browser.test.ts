import exifr from 'exifr';
import { afterEach, describe, expect, it, vi } from 'vitest';
import bigJpegUrl from '../../../../../tests/fixtures/photos/photo-12mp-exif-gps.jpg?url';
import heicUrl from '../../../../../tests/fixtures/photos/iphone-photo.heic?url';
import smallJpegUrl from '../../../../../tests/fixtures/photos/small-offset.jpg?url';
import pngUrl from '../../../../../tests/fixtures/photos/small.png?url';
import webpUrl from '../../../../../tests/fixtures/photos/small.webp?url';
import textUrl from '../../../../../tests/fixtures/photos/text-as-photo.jpg?url';
import truncatedUrl from '../../../../../tests/fixtures/photos/truncated.jpg?url';
import { createPhotoPipeline, photoPipeline } from './client';
import type { PhotoFailure } from './errors';
import { PhotoError } from './errors';
import { PHOTO_INPUT_MAX_BYTES, PHOTO_MAX_EDGE, PHOTO_OUTPUT_TARGET_BYTES } from './limits';

// The photo pipeline end to end in Chromium, always through the client and its worker, as the
// editor will call it. Run by vitest.browser.config.ts; happy-dom has no canvas or image decoder,
// so under the dom project these are skipped. happy-dom declares OffscreenCanvas but draws nothing,
// hence the capability check rather than a typeof.
function canDrawOffscreen(): boolean {
  try {
    return typeof Worker !== 'undefined' && new OffscreenCanvas(1, 1).getContext('2d') !== null;
  } catch {
    return false;
  }
}
const inRealBrowser = canDrawOffscreen();

async function fixture(url: string, name: string, type = ''): Promise<File> {
  const response = await fetch(url);
  return new File([await response.blob()], name, { type });
}

/** Independent of hash.ts: the digest as the city server would compute it. */
async function digestHex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function pixelsOf(blob: Blob): Promise<ImageData> {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D context');
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

type Rgb = [number, number, number];

/** The mean colour of a square of pixels. */
function meanColour(image: ImageData, x: number, y: number, size: number): Rgb {
  const sum: Rgb = [0, 0, 0];
  for (let row = y; row < y + size; row += 1) {
    for (let column = x; column < x + size; column += 1) {
      const at = (row * image.width + column) * 4;
      sum[0] += image.data[at] ?? 0;
      sum[1] += image.data[at + 1] ?? 0;
      sum[2] += image.data[at + 2] ?? 0;
    }
  }
  return sum.map((channel) => channel / (size * size)) as Rgb;
}

/** Mean absolute difference of the two images over a rectangle, per channel value. */
function meanDifference(
  a: ImageData,
  b: ImageData,
  rect: { x: number; y: number; width: number; height: number },
) {
  let total = 0;
  for (let row = rect.y; row < rect.y + rect.height; row += 1) {
    for (let column = rect.x; column < rect.x + rect.width; column += 1) {
      const at = (row * a.width + column) * 4;
      for (let channel = 0; channel < 3; channel += 1) {
        total += Math.abs((a.data[at + channel] ?? 0) - (b.data[at + channel] ?? 0));
      }
    }
  }
  return total / (rect.width * rect.height * 3);
}

/** Detail inside a rectangle: the mean absolute difference between horizontal neighbours. */
function detail(image: ImageData, rect: { x: number; y: number; width: number; height: number }): number {
  let total = 0;
  for (let row = rect.y; row < rect.y + rect.height; row += 1) {
    for (let column = rect.x; column < rect.x + rect.width - 1; column += 1) {
      const at = (row * image.width + column) * 4;
      total += Math.abs((image.data[at] ?? 0) - (image.data[at + 4] ?? 0));
    }
  }
  return total / (rect.height * (rect.width - 1));
}

/** The JPEG's marker segments before the scan: an APP1 would carry EXIF or XMP. */
function jpegMarkers(bytes: Uint8Array): number[] {
  const markers: number[] = [];
  let offset = 2;
  while (offset + 4 <= bytes.length && bytes[offset] === 0xff) {
    const marker = bytes[offset + 1] ?? 0;
    markers.push(marker);
    if (marker === 0xda) break;
    offset += 2 + (((bytes[offset + 2] ?? 0) << 8) | (bytes[offset + 3] ?? 0));
  }
  return markers;
}

/** A JPEG with the given EXIF orientation: an APP1 segment holding only that tag, after the JFIF header. */
function withOrientation(jpeg: Uint8Array<ArrayBuffer>, orientation: number): Blob {
  const app0Length = ((jpeg[4] ?? 0) << 8) | (jpeg[5] ?? 0);
  const insertAt = 4 + app0Length;
  // "Exif\0\0", a little-endian TIFF header, one IFD entry (0x0112 SHORT = orientation), no next IFD.
  const exif = [
    0xff,
    0xe1,
    0x00,
    0x22,
    0x45,
    0x78,
    0x69,
    0x66,
    0x00,
    0x00,
    0x49,
    0x49,
    0x2a,
    0x00,
    0x08,
    0x00,
    0x00,
    0x00,
    0x01,
    0x00,
    0x12,
    0x01,
    0x03,
    0x00,
    0x01,
    0x00,
    0x00,
    0x00,
    orientation,
    0x00,
    0x00,
    0x00,
    0x00,
    0x00,
    0x00,
    0x00,
  ];
  return new Blob([jpeg.subarray(0, insertAt), new Uint8Array(exif), jpeg.subarray(insertAt)], {
    type: 'image/jpeg',
  });
}

/** A 4000×1000 JPEG in four colours, left to right, with a dark band along its top: no two orientations look alike. */
async function quarteredJpeg(): Promise<Uint8Array<ArrayBuffer>> {
  const canvas = new OffscreenCanvas(4000, 1000);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D context');
  ['#e00000', '#00c000', '#0000e0', '#e0e000'].forEach((colour, index) => {
    context.fillStyle = colour;
    context.fillRect(index * 1000, 0, 1000, 1000);
  });
  context.fillStyle = '#202020';
  context.fillRect(0, 0, 4000, 250);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
  return new Uint8Array(await blob.arrayBuffer());
}

async function refusal(work: Promise<unknown>): Promise<PhotoFailure> {
  const error: unknown = await work.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(PhotoError);
  return (error as PhotoError).failure;
}

describe.skipIf(!inRealBrowser)('the photo pipeline in Chromium', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('turns the 12 MP phone photo into an upright 2048 px JPEG without metadata, named by its hash', async () => {
    const input = await fixture(bigJpegUrl, 'IMG_0412.JPG', 'image/jpeg');
    expect(input.size).toBeGreaterThan(3 * 1024 * 1024);
    expect(await exifr.gps(input)).toBeDefined(); // the fixture does carry a location

    const photo = await photoPipeline.process(input);

    // Orientation 6: stored 4000×3000, seen 3000×4000, so portrait after scaling.
    expect({ width: photo.width, height: photo.height }).toEqual({ width: 1536, height: PHOTO_MAX_EDGE });
    expect(photo.blob.type).toBe('image/jpeg');
    expect(photo.bytes).toBe(photo.blob.size);
    expect(photo.bytes).toBeLessThanOrEqual(PHOTO_OUTPUT_TARGET_BYTES);
    expect(photo.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(photo.sha256).toBe(await digestHex(photo.blob));
    expect(photo.capturedAt).toBe('2026-03-28T14:05:09+03:00');
    expect(photo.originalName).toBe('IMG_0412.JPG');
    expect(photo.warnings).toEqual([]);

    const bytes = new Uint8Array(await photo.blob.arrayBuffer());
    expect([bytes[0], bytes[1], bytes[2]]).toEqual([0xff, 0xd8, 0xff]);
    // Chromium's encoder writes a JFIF header (APP0) and its sRGB colour profile (APP2), nothing
    // else: no APP1 (EXIF, XMP) and no APP13 (IPTC).
    const applicationSegments = jpegMarkers(bytes).filter((marker) => marker >= 0xe0 && marker <= 0xef);
    expect(applicationSegments.every((marker) => marker === 0xe0 || marker === 0xe2)).toBe(true);
    const metadata = { tiff: true, ifd0: {}, exif: true, gps: true, interop: true, xmp: true, iptc: true };
    expect(await exifr.parse(photo.blob, { ...metadata, jfif: false, icc: false })).toBeUndefined();
    expect(await exifr.gps(photo.blob)).toBeUndefined();
    const everything: unknown = await exifr.parse(photo.blob, true);
    for (const tag of ['Make', 'Model', 'Orientation', 'DateTimeOriginal', 'GPSLatitude', 'latitude']) {
      expect(everything).not.toHaveProperty(tag);
    }

    // The stored top-left corner is a red square; turned 90° clockwise it is at the top right.
    const pixels = await pixelsOf(photo.blob);
    expect({ width: pixels.width, height: pixels.height }).toEqual({ width: 1536, height: 2048 });
    const [red, green, blue] = meanColour(pixels, pixels.width - 60, 20, 30);
    expect(red).toBeGreaterThan(200);
    expect(green).toBeLessThan(60);
    expect(blue).toBeLessThan(60);
    const [topLeftRed, topLeftGreen] = meanColour(pixels, 20, 20, 30);
    expect(topLeftRed - topLeftGreen).toBeLessThan(100);
  });

  it('applies each of the eight EXIF orientations as the browser’s own decoder shows it', async () => {
    const stored = await quarteredJpeg();
    for (let orientation = 1; orientation <= 8; orientation += 1) {
      const input = withOrientation(stored, orientation);
      const photo = await photoPipeline.process(input);
      const seen = await pixelsOf(
        await (async () => {
          const upright = await createImageBitmap(input, { imageOrientation: 'from-image' });
          const canvas = new OffscreenCanvas(photo.width, photo.height);
          canvas.getContext('2d')?.drawImage(upright, 0, 0, photo.width, photo.height);
          upright.close();
          return canvas.convertToBlob({ type: 'image/png' });
        })(),
      );
      const output = await pixelsOf(photo.blob);
      const turned = orientation >= 5;
      expect({ orientation, width: photo.width, height: photo.height }).toEqual({
        orientation,
        width: turned ? 512 : PHOTO_MAX_EDGE,
        height: turned ? PHOTO_MAX_EDGE : 512,
      });
      // The colour of each quarter and of the band, where the browser puts them.
      for (const [x, y] of [
        [0.1, 0.05],
        [0.5, 0.05],
        [0.1, 0.5],
        [0.9, 0.5],
        [0.5, 0.9],
        [0.9, 0.95],
      ]) {
        const at = (image: ImageData) =>
          meanColour(
            image,
            Math.floor((x ?? 0) * image.width) - 4,
            Math.floor((y ?? 0) * image.height) - 4,
            8,
          );
        const [r, g, b] = at(output);
        const [er, eg, eb] = at(seen);
        expect({ orientation, x, y, colour: [r, g, b].map((c) => Math.round((c ?? 0) / 32)) }).toEqual({
          orientation,
          x,
          y,
          colour: [er, eg, eb].map((c) => Math.round((c ?? 0) / 32)),
        });
      }
    }
  });

  it('keeps the camera offset when EXIF has one, and never enlarges a small photo', async () => {
    const photo = await photoPipeline.process(await fixture(smallJpegUrl, 'small.jpg'));
    expect(photo.capturedAt).toBe('2026-03-29T09:30:00+05:00');
    expect({ width: photo.width, height: photo.height }).toEqual({ width: 640, height: 480 });
  });

  it('warns when an after-photo was taken before the issue was received', async () => {
    const input = await fixture(bigJpegUrl, 'after.jpg');
    const issueReceivedAt = '2026-03-28T16:00:00+03:00';
    const after = await photoPipeline.process(input, { role: 'after', issueReceivedAt });
    expect(after.warnings).toEqual(['taken_before_issue']);
    const before = await photoPipeline.process(input, { role: 'before', issueReceivedAt });
    expect(before.warnings).toEqual([]);
  });

  it('accepts a PNG, flattening its transparency onto white', async () => {
    const photo = await photoPipeline.process(await fixture(pngUrl, 'screen.png', 'image/png'));
    expect(photo.blob.type).toBe('image/jpeg');
    expect({ width: photo.width, height: photo.height }).toEqual({ width: 320, height: 240 });
    expect(photo.capturedAt).toBeNull();
    const pixels = await pixelsOf(photo.blob);
    for (const channel of meanColour(pixels, 10, 100, 20)) expect(channel).toBeGreaterThan(245);
  });

  it('accepts a WebP', async () => {
    const photo = await photoPipeline.process(await fixture(webpUrl, 'photo.webp', 'image/webp'));
    expect(photo.blob.type).toBe('image/jpeg');
    expect({ width: photo.width, height: photo.height }).toEqual({ width: 320, height: 240 });
  });

  it('refuses an iPhone HEIC with the heic flag, whatever the file claims to be', async () => {
    const failure = await refusal(
      photoPipeline.process(await fixture(heicUrl, 'IMG_0001.jpg', 'image/jpeg')),
    );
    expect(failure).toEqual({ code: 'unsupported_type', detected: 'heic', heic: true });
  });

  it('refuses a text file named .jpg', async () => {
    const failure = await refusal(photoPipeline.process(await fixture(textUrl, 'photo.jpg', 'image/jpeg')));
    expect(failure).toEqual({ code: 'unsupported_type', detected: 'unknown', heic: false });
  });

  it('refuses a truncated JPEG instead of sending its grey half', async () => {
    const failure = await refusal(photoPipeline.process(await fixture(truncatedUrl, 'cut.jpg')));
    expect(failure).toEqual({ code: 'corrupt', reason: 'truncated' });
  });

  it('really decodes: a JPEG with a scan but no frame header is refused as corrupt', async () => {
    const junk = new Uint8Array(4096).map((_, index) => (index * 37) % 255);
    const fake = new Blob([
      new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00]),
      junk,
      new Uint8Array([0xff, 0xd9]),
    ]);
    const failure = await refusal(photoPipeline.process(fake));
    expect(failure).toEqual({ code: 'corrupt', reason: 'undecodable' });
  });

  it('refuses an input over 50 MiB before reading it, saying the figures', async () => {
    const mebibyte = new Uint8Array(1024 * 1024);
    mebibyte.set([0xff, 0xd8, 0xff, 0xe0]);
    const huge = new Blob(
      Array.from({ length: 51 }, () => mebibyte),
      { type: 'image/jpeg' },
    );
    const failure = await refusal(photoPipeline.process(huge));
    expect(failure).toEqual({
      code: 'too_large',
      bytes: 51 * 1024 * 1024,
      limitBytes: PHOTO_INPUT_MAX_BYTES,
    });
    expect(new PhotoError(failure).message).toContain('51.0 MiB');
    expect(new PhotoError(failure).message).toContain('50.0 MiB');
  });

  it('blurs the redacted rectangle for good, leaves the rest, and names the result anew', async () => {
    const photo = await photoPipeline.process(await fixture(bigJpegUrl, 'yard.jpg'));
    const rect = { x: 300, y: 1000, width: 400, height: 300 };
    const redacted = await photoPipeline.redact(photo, [
      rect,
      { x: 5000, y: 5000, width: 10, height: 10 }, // off the image: ignored
      { x: 10, y: 10, width: 0, height: 50 }, // empty: ignored
    ]);

    expect(redacted.sha256).not.toBe(photo.sha256);
    expect(redacted.sha256).toBe(await digestHex(redacted.blob));
    expect({ width: redacted.width, height: redacted.height }).toEqual({
      width: photo.width,
      height: photo.height,
    });
    expect(redacted.capturedAt).toBe(photo.capturedAt);
    expect(redacted.originalName).toBe('yard.jpg');

    const before = await pixelsOf(photo.blob);
    const after = await pixelsOf(redacted.blob);
    const inside = { x: rect.x + 20, y: rect.y + 20, width: rect.width - 40, height: rect.height - 40 };
    expect(meanDifference(before, after, inside)).toBeGreaterThan(8);
    expect(detail(after, inside)).toBeLessThan(detail(before, inside) / 4);
    // Outside, only the second JPEG generation's rounding differs.
    for (const outside of [
      { x: 0, y: 0, width: 200, height: 200 },
      { x: 800, y: 1000, width: 300, height: 300 },
      { x: 300, y: 1400, width: 400, height: 200 },
    ]) {
      expect(meanDifference(before, after, outside)).toBeLessThan(3);
    }
  });

  it('fails the jobs of a worker that crashed instead of leaving them waiting, then starts afresh', async () => {
    const crashing = URL.createObjectURL(
      new Blob(['self.onmessage = () => { throw new Error("decoder crashed"); };'], {
        type: 'text/javascript',
      }),
    );
    let started = 0;
    const pipeline = createPhotoPipeline(() => {
      started += 1;
      return new Worker(crashing);
    });
    try {
      const failure = await refusal(pipeline.process(await fixture(smallJpegUrl, 'small.jpg')));
      expect(failure.code).toBe('internal');
      await refusal(pipeline.process(await fixture(smallJpegUrl, 'small.jpg')));
      expect(started).toBe(2);
    } finally {
      pipeline.dispose();
      URL.revokeObjectURL(crashing);
    }
  });

  it('does the work in the worker, leaving the UI thread free', async () => {
    const input = await fixture(bigJpegUrl, 'worker.jpg');
    const decodesOnUiThread = vi.spyOn(globalThis, 'createImageBitmap');
    const posted = vi.spyOn(Worker.prototype, 'postMessage');
    let ticks = 0;
    const heartbeat = setInterval(() => {
      ticks += 1;
    }, 10);
    try {
      const photo = await photoPipeline.process(input);
      expect(photo.width).toBe(1536);
    } finally {
      clearInterval(heartbeat);
    }
    expect(posted).toHaveBeenCalledTimes(1);
    expect(decodesOnUiThread).not.toHaveBeenCalled();
    // A decode, resample and encode on this thread would have blocked the timer throughout.
    expect(ticks).toBeGreaterThan(5);
  });
});
