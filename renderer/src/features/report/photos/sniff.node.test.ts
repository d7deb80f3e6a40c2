import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isImageComplete, jpegFrameSize, sniffImageType } from './sniff';

const fixtures = join(import.meta.dirname, '../../../../../tests/fixtures/photos');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(fixtures, name)));
const bytesOf = (...parts: (number[] | string)[]): Uint8Array =>
  new Uint8Array(
    parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : part)),
  );

describe('sniffImageType', () => {
  it('recognises the three accepted formats by their signatures, not their names', () => {
    expect(sniffImageType(fixture('photo-12mp-exif-gps.jpg'))).toEqual({
      kind: 'image',
      mediaType: 'image/jpeg',
    });
    expect(sniffImageType(fixture('small.png'))).toEqual({ kind: 'image', mediaType: 'image/png' });
    expect(sniffImageType(fixture('small.webp'))).toEqual({ kind: 'image', mediaType: 'image/webp' });
  });

  it('tells HEIC from AVIF and from other ISO media files', () => {
    expect(sniffImageType(fixture('iphone-photo.heic'))).toEqual({ kind: 'unsupported', detected: 'heic' });
    for (const brand of ['heix', 'mif1', 'msf1']) {
      expect(sniffImageType(bytesOf([0, 0, 0, 16], `ftyp${brand}`, [0, 0, 0, 0]))).toEqual({
        kind: 'unsupported',
        detected: 'heic',
      });
    }
    const avif = bytesOf([0, 0, 0, 20], 'ftypavif', [0, 0, 0, 0], 'mif1');
    expect(sniffImageType(avif)).toEqual({ kind: 'unsupported', detected: 'avif' });
    const mp4 = bytesOf([0, 0, 0, 20], 'ftypisom', [0, 0, 2, 0], 'mp41');
    expect(sniffImageType(mp4)).toEqual({ kind: 'unsupported', detected: 'unknown' });
  });

  it('names other images and documents, and calls anything else unknown', () => {
    expect(sniffImageType(bytesOf('GIF89a'))).toEqual({ kind: 'unsupported', detected: 'gif' });
    expect(sniffImageType(bytesOf('BM', [0, 0, 0, 0]))).toEqual({ kind: 'unsupported', detected: 'bmp' });
    expect(sniffImageType(bytesOf([0x49, 0x49, 0x2a, 0]))).toEqual({ kind: 'unsupported', detected: 'tiff' });
    expect(sniffImageType(bytesOf('%PDF-1.7'))).toEqual({ kind: 'unsupported', detected: 'pdf' });
    expect(sniffImageType(fixture('text-as-photo.jpg'))).toEqual({
      kind: 'unsupported',
      detected: 'unknown',
    });
    expect(sniffImageType(new Uint8Array())).toEqual({ kind: 'unsupported', detected: 'unknown' });
    expect(sniffImageType(bytesOf([0xff, 0xd8]))).toEqual({ kind: 'unsupported', detected: 'unknown' });
  });
});

describe('isImageComplete', () => {
  it('accepts whole files and refuses the 12 MP JPEG cut in half', () => {
    expect(isImageComplete(fixture('photo-12mp-exif-gps.jpg'), 'image/jpeg')).toBe(true);
    expect(isImageComplete(fixture('small-offset.jpg'), 'image/jpeg')).toBe(true);
    expect(isImageComplete(fixture('truncated.jpg'), 'image/jpeg')).toBe(false);
    expect(isImageComplete(fixture('small.png'), 'image/png')).toBe(true);
    expect(isImageComplete(fixture('small.webp'), 'image/webp')).toBe(true);
  });

  it('tolerates padding after the end of a JPEG', () => {
    const padded = new Uint8Array([...fixture('small-offset.jpg'), ...new Uint8Array(1000)]);
    expect(isImageComplete(padded, 'image/jpeg')).toBe(true);
  });

  it('does not take the EXIF thumbnail’s end marker for the image’s', () => {
    const whole = fixture('small-offset.jpg');
    // Keep the headers and a little scan data: an FF D9 before the scan must not count.
    const scanAt = whole.findIndex((byte, index) => byte === 0xff && whole[index + 1] === 0xda);
    const cut = new Uint8Array([...whole.subarray(0, scanAt + 200)]);
    cut.set([0xff, 0xd9], 10);
    expect(isImageComplete(cut, 'image/jpeg')).toBe(false);
  });

  it('refuses cut PNG and WebP files', () => {
    const png = fixture('small.png');
    expect(isImageComplete(png.subarray(0, png.length - 20), 'image/png')).toBe(false);
    const webp = fixture('small.webp');
    expect(isImageComplete(webp.subarray(0, webp.length - 1), 'image/webp')).toBe(false);
  });
});

describe('jpegFrameSize', () => {
  it('reads the stored size from the frame header, past the EXIF segment', () => {
    // Stored 4000×3000; its EXIF orientation (6) turns it to 3000×4000 only when decoded.
    expect(jpegFrameSize(fixture('photo-12mp-exif-gps.jpg'))).toEqual({ width: 4000, height: 3000 });
    expect(jpegFrameSize(fixture('small-offset.jpg'))).toEqual({ width: 640, height: 480 });
  });

  it('has no size for a JPEG whose scan comes without a frame header, or for no JPEG at all', () => {
    const scanOnly = bytesOf([0xff, 0xd8, 0xff, 0xda, 0x00, 0x08, 1, 1, 0, 0, 0x3f, 0], [0xff, 0xd9]);
    expect(jpegFrameSize(scanOnly)).toBeUndefined();
    expect(jpegFrameSize(fixture('small.png'))).toBeUndefined();
    expect(jpegFrameSize(bytesOf([0xff, 0xd8]))).toBeUndefined();
  });
});
