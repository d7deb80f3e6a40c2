import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import jpeg from 'jpeg-js';

// Photos made for a journey, from a fixture yard (tests/fixtures/photos/small-offset.jpg) as a
// phone would spoil it: shot at dusk (darkened), shaken (blurred), or stamped with a capture
// time and place the journey chooses (EXIF written here: DateTimeOriginal with its offset and
// the GPS position). Made at run time because the times must be relative to the issue the
// journey has just filed; the pixels are the fixture's, so the figures are the same every run.

const fixture = resolve(import.meta.dirname, '../../fixtures/photos/small-offset.jpg');

interface Rgba {
  width: number;
  height: number;
  data: Uint8Array;
}

const decodeFixture = (): Rgba => jpeg.decode(readFileSync(fixture), { useTArray: true, formatAsRGBA: true });

/** Every channel times `factor`: a quarter of the light is the dusk the dark check is for. */
function darken(image: Rgba, factor: number): Rgba {
  const data = Uint8Array.from(image.data, (value, at) =>
    at % 4 === 3 ? value : Math.round(value * factor),
  );
  return { ...image, data };
}

/** A box blur of `radius` pixels, across and then down: a shaken hand or a missed focus. */
function blur(image: Rgba, radius: number): Rgba {
  const pass = (source: Uint8Array, dx: number, dy: number): Uint8Array => {
    const out = new Uint8Array(source.length);
    for (let y = 0; y < image.height; y += 1)
      for (let x = 0; x < image.width; x += 1)
        for (let channel = 0; channel < 4; channel += 1) {
          let sum = 0;
          let count = 0;
          for (let step = -radius; step <= radius; step += 1) {
            const sx = x + step * dx;
            const sy = y + step * dy;
            if (sx < 0 || sy < 0 || sx >= image.width || sy >= image.height) continue;
            sum += source[(sy * image.width + sx) * 4 + channel] ?? 0;
            count += 1;
          }
          out[(y * image.width + x) * 4 + channel] = Math.round(sum / count);
        }
    return out;
  };
  return { ...image, data: pass(pass(image.data, 1, 0), 0, 1) };
}

export interface PhotoStamp {
  /** When it was taken: written as Moscow wall time with OffsetTimeOriginal +03:00. */
  takenAt: Date;
  latitude: number;
  longitude: number;
}

/** An IFD entry: tag, type (2 ASCII, 4 LONG, 5 RATIONAL), count, and its value or data. */
type Entry = { tag: number; type: 2 | 4 | 5; count: number; value?: number; data?: Buffer };

/** Writes one IFD at `at` (little-endian TIFF), its data right after it; returns the end. */
function writeIfd(tiff: Buffer, at: number, entries: Entry[]): number {
  tiff.writeUInt16LE(entries.length, at);
  let data = at + 2 + entries.length * 12 + 4;
  entries.forEach((entry, index) => {
    const slot = at + 2 + index * 12;
    tiff.writeUInt16LE(entry.tag, slot);
    tiff.writeUInt16LE(entry.type, slot + 2);
    tiff.writeUInt32LE(entry.count, slot + 4);
    if (entry.data === undefined) tiff.writeUInt32LE(entry.value ?? 0, slot + 8);
    else if (entry.data.length <= 4) entry.data.copy(tiff, slot + 8);
    else {
      tiff.writeUInt32LE(data, slot + 8);
      entry.data.copy(tiff, data);
      data += entry.data.length + (entry.data.length % 2);
    }
  });
  tiff.writeUInt32LE(0, at + 2 + entries.length * 12);
  return data;
}

const ascii = (text: string): Buffer => Buffer.from(`${text}\0`, 'latin1');

/** Degrees as three rationals: degrees, minutes, seconds to 1/10,000. */
function dms(degrees: number): Buffer {
  const value = Math.abs(degrees);
  const whole = Math.floor(value);
  const minutes = Math.floor((value - whole) * 60);
  const seconds = Math.round(((value - whole) * 60 - minutes) * 60 * 10_000);
  const out = Buffer.alloc(24);
  [whole, 1, minutes, 1, seconds, 10_000].forEach((part, index) => out.writeUInt32LE(part, index * 4));
  return out;
}

/** The APP1 segment of an EXIF block with the capture time and the GPS position. */
function exifSegment({ takenAt, latitude, longitude }: PhotoStamp): Buffer {
  const moscow = new Date(takenAt.getTime() + 3 * 3_600_000).toISOString();
  const wallTime = `${moscow.slice(0, 10).replaceAll('-', ':')} ${moscow.slice(11, 19)}`;
  const tiff = Buffer.alloc(400);
  tiff.write('II', 0, 'latin1');
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(8, 4);
  // IFD0 of two pointers (30 bytes), then the Exif IFD, then the GPS IFD.
  const exifAt = 8 + 2 + 2 * 12 + 4;
  const gpsAt = writeIfd(tiff, exifAt, [
    { tag: 0x9003, type: 2, count: 20, data: ascii(wallTime) },
    { tag: 0x9011, type: 2, count: 7, data: ascii('+03:00') },
  ]);
  const end = writeIfd(tiff, gpsAt, [
    { tag: 0x0001, type: 2, count: 2, data: ascii(latitude >= 0 ? 'N' : 'S') },
    { tag: 0x0002, type: 5, count: 3, data: dms(latitude) },
    { tag: 0x0003, type: 2, count: 2, data: ascii(longitude >= 0 ? 'E' : 'W') },
    { tag: 0x0004, type: 5, count: 3, data: dms(longitude) },
  ]);
  writeIfd(tiff, 8, [
    { tag: 0x8769, type: 4, count: 1, value: exifAt },
    { tag: 0x8825, type: 4, count: 1, value: gpsAt },
  ]);
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff.subarray(0, end)]);
  const header = Buffer.alloc(4);
  header.writeUInt16BE(0xffe1, 0);
  header.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([header, body]);
}

function encode(image: Rgba, stamp: PhotoStamp): Buffer {
  const encoded = jpeg.encode({ ...image, data: Buffer.from(image.data) }, 92).data;
  // The EXIF segment goes right after the start-of-image marker, where cameras put it.
  return Buffer.concat([encoded.subarray(0, 2), exifSegment(stamp), encoded.subarray(2)]);
}

export type PhotoVariant = 'good' | 'dark' | 'blurred';

/** A small white square in a top corner: another photo of the same yard (the editor keeps one copy of a photo). */
function marked(image: Rgba, mark: number): Rgba {
  const data = Uint8Array.from(image.data);
  for (let y = 0; y < 16; y += 1)
    for (let x = mark * 16; x < mark * 16 + 16; x += 1)
      data.fill(255, (y * image.width + x) * 4, (y * image.width + x) * 4 + 4);
  return { ...image, data };
}

/**
 * The fixture yard as a JPEG of the chosen kind, stamped with the given time and place; `mark`
 * (1, 2, …) makes it another photo with the same figures, for a second good one with other EXIF.
 */
export function yardPhoto(kind: PhotoVariant, stamp: PhotoStamp, mark = 0): Buffer {
  const decoded = decodeFixture();
  const image = mark > 0 ? marked(decoded, mark) : decoded;
  const pixels = kind === 'dark' ? darken(image, 0.25) : kind === 'blurred' ? blur(image, 3) : image;
  return encode(pixels, stamp);
}
