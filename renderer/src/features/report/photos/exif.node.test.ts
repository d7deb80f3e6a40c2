import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exifDateTimeToRfc3339, gpsToPoint, readCapturedAt, readPhotoMetadata } from './exif';
import { heifExifTiff } from './heif-exif';

const fixtures = join(import.meta.dirname, '../../../../../tests/fixtures/photos');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(fixtures, name)));

describe('exifDateTimeToRfc3339', () => {
  it('takes Moscow time when the camera wrote no offset', () => {
    expect(exifDateTimeToRfc3339('2026:03:28 14:05:09', undefined)).toBe('2026-03-28T14:05:09+03:00');
  });

  it('keeps the camera’s own offset', () => {
    expect(exifDateTimeToRfc3339('2026:03:29 09:30:00', '+05:00')).toBe('2026-03-29T09:30:00+05:00');
    expect(exifDateTimeToRfc3339('2026:01:02 03:04:05', '-04:00')).toBe('2026-01-02T03:04:05-04:00');
  });

  it('ignores a malformed offset rather than the time', () => {
    expect(exifDateTimeToRfc3339('2026:03:28 14:05:09', '   ')).toBe('2026-03-28T14:05:09+03:00');
    expect(exifDateTimeToRfc3339('2026:03:28 14:05:09', '+25:00')).toBe('2026-03-28T14:05:09+03:00');
  });

  it('gives null for placeholders, impossible dates and non-strings', () => {
    expect(exifDateTimeToRfc3339('0000:00:00 00:00:00', undefined)).toBeNull();
    expect(exifDateTimeToRfc3339('2026:02:31 10:00:00', undefined)).toBeNull();
    expect(exifDateTimeToRfc3339('2026:03:28 24:00:00', undefined)).toBeNull();
    expect(exifDateTimeToRfc3339('    :  :     :  :  ', undefined)).toBeNull();
    expect(exifDateTimeToRfc3339(new Date(), undefined)).toBeNull();
    expect(exifDateTimeToRfc3339(undefined, '+03:00')).toBeNull();
  });
});

describe('readCapturedAt', () => {
  it('reads DateTimeOriginal (and OffsetTimeOriginal) from the fixtures', async () => {
    expect(await readCapturedAt(fixture('photo-12mp-exif-gps.jpg'))).toBe('2026-03-28T14:05:09+03:00');
    expect(await readCapturedAt(fixture('small-offset.jpg'))).toBe('2026-03-29T09:30:00+05:00');
  });

  it('gives null, never an error, for files without it or that are not images', async () => {
    expect(await readCapturedAt(fixture('small.png'))).toBeNull();
    expect(await readCapturedAt(fixture('text-as-photo.jpg'))).toBeNull();
  });

  it('reads it from a cut file too: the metadata is at the start (the pipeline refuses the file anyway)', async () => {
    expect(await readCapturedAt(fixture('truncated.jpg'))).toBe('2026-03-28T14:05:09+03:00');
  });
});

describe('readPhotoMetadata', () => {
  it('reads the GPS position of a JPEG as decimal degrees', async () => {
    const { location } = await readPhotoMetadata(fixture('photo-12mp-exif-gps.jpg'), 'image/jpeg');
    expect(location?.latitude).toBeCloseTo(55 + 45 / 60 + 21.12 / 3600, 6);
    expect(location?.longitude).toBeCloseTo(37 + 37 / 60 + 17.88 / 3600, 6);
    expect((await readPhotoMetadata(fixture('small-offset.jpg'), 'image/jpeg')).location).toBeNull();
  });

  it('finds a HEIC’s Exif item through iinf and iloc and reads its time and position', async () => {
    expect(await readPhotoMetadata(fixture('rotated-exif-gps.heic'), 'image/heic')).toEqual({
      capturedAt: '2026-04-02T11:15:30+03:00',
      location: { latitude: expect.closeTo(55.611144, 5), longitude: expect.closeTo(37.723694, 5) },
    });
    expect((await readPhotoMetadata(fixture('small.heic'), 'image/heic')).capturedAt).toBe(
      '2026-03-29T09:30:00+05:00',
    );
  });

  it('gives nulls for a HEIC whose boxes say nothing sensible', async () => {
    expect(heifExifTiff(fixture('iphone-photo.heic'))).toBeNull();
    expect(heifExifTiff(new Uint8Array(3))).toBeNull();
    expect(await readPhotoMetadata(fixture('iphone-photo.heic'), 'image/heic')).toEqual({
      capturedAt: null,
      location: null,
    });
  });

  it('takes no fix (0, 0) or figures off the globe for a position', () => {
    expect(gpsToPoint(0, 0)).toBeNull();
    expect(gpsToPoint(91, 37)).toBeNull();
    expect(gpsToPoint(55.7, Number.NaN)).toBeNull();
    expect(gpsToPoint(55.7, 37.6)).toEqual({ latitude: 55.7, longitude: 37.6 });
  });
});
