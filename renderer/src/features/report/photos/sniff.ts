import type { PhotoMediaType } from '@shared/domain';
import type { UnsupportedKind } from './errors';

// What a file really is, read from its bytes: a file picker's `type` comes from the extension, and
// an iPhone's HEIC renamed .jpg or a text file called photo.jpg must be caught before decoding.

export type SniffedType =
  { kind: 'image'; mediaType: PhotoMediaType } | { kind: 'unsupported'; detected: UnsupportedKind };

/** How many leading bytes `sniffImageType` needs. */
export const SNIFF_BYTES = 32;

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0): boolean =>
  bytes.length >= offset + signature.length &&
  signature.every((byte, index) => bytes[offset + index] === byte);

const ascii = (bytes: Uint8Array, offset: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(offset, offset + length));

// ISO BMFF brands (the ftyp box) of HEIF stills and sequences as phones write them.
const heifBrands = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);
const avifBrands = new Set(['avif', 'avis']);

function isoBmffKind(bytes: Uint8Array): UnsupportedKind | undefined {
  if (bytes.length < 12 || ascii(bytes, 4, 4) !== 'ftyp') return undefined;
  const boxSize =
    ((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0);
  const brands = [ascii(bytes, 8, 4)];
  // Compatible brands follow the minor version; mif1 alone is HEIF's and AVIF's, so they decide.
  for (let offset = 16; offset + 4 <= Math.min(boxSize, bytes.length); offset += 4)
    brands.push(ascii(bytes, offset, 4));
  if (brands.some((brand) => avifBrands.has(brand))) return 'avif';
  if (brands.some((brand) => heifBrands.has(brand))) return 'heic';
  return 'unknown';
}

export function sniffImageType(head: Uint8Array): SniffedType {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return { kind: 'image', mediaType: 'image/jpeg' };
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { kind: 'image', mediaType: 'image/png' };
  if (head.length >= 12 && ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WEBP') {
    return { kind: 'image', mediaType: 'image/webp' };
  }
  const bmff = isoBmffKind(head);
  if (bmff) return { kind: 'unsupported', detected: bmff };
  if (ascii(head, 0, 4) === 'GIF8') return { kind: 'unsupported', detected: 'gif' };
  if (ascii(head, 0, 2) === 'BM') return { kind: 'unsupported', detected: 'bmp' };
  if (startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a])) {
    return { kind: 'unsupported', detected: 'tiff' };
  }
  if (ascii(head, 0, 5) === '%PDF-') return { kind: 'unsupported', detected: 'pdf' };
  return { kind: 'unsupported', detected: 'unknown' };
}

// --- completeness: browsers render a cut-off image with a grey tail instead of failing ---------------

/** How far from the end a terminator is looked for, so trailers some cameras append are tolerated. */
const TAIL_WINDOW = 64 * 1024;

/**
 * The offset of the first segment whose marker is `wanted`, walking the segments from the
 * start (their lengths trusted only in bounds) no further than the first scan; undefined when
 * the walk ends before one.
 */
function findJpegSegment(bytes: Uint8Array, wanted: (marker: number) => boolean): number | undefined {
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1] ?? 0;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (wanted(marker)) return offset;
    if (marker === 0xda) return undefined; // the scan began first
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2; // markers without a length
      continue;
    }
    if (marker === 0xd9) return undefined; // end of image before any scan
    offset += 2 + (((bytes[offset + 2] ?? 0) << 8) | (bytes[offset + 3] ?? 0));
  }
  return undefined;
}

/** Offset of the first start-of-scan marker. */
const jpegScanStart = (bytes: Uint8Array): number | undefined =>
  findJpegSegment(bytes, (marker) => marker === 0xda);

/** Start-of-frame markers: C0 to CF but for C4 (Huffman tables), C8 (reserved) and CC (arithmetic coding). */
const isFrameHeader = (marker: number): boolean =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/** A JPEG's size as stored (before its EXIF orientation), from its frame header; undefined without one. */
export function jpegFrameSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const at = findJpegSegment(bytes, isFrameHeader);
  if (at === undefined || at + 9 > bytes.length) return undefined;
  const height = ((bytes[at + 5] ?? 0) << 8) | (bytes[at + 6] ?? 0);
  const width = ((bytes[at + 7] ?? 0) << 8) | (bytes[at + 8] ?? 0);
  return width > 0 && height > 0 ? { width, height } : undefined;
}

/**
 * A JPEG is whole when an end-of-image marker (FF D9) follows its scan data. Entropy-coded data
 * never holds FF D9 (a data FF is stuffed as FF 00), so finding one near the end, after the scan
 * began, means the file was not cut; searching a window rather than the last two bytes accepts
 * the padding and trailers some cameras write after it. The EXIF thumbnail's own FF D9 sits before
 * the scan and is not counted.
 */
function jpegIsComplete(bytes: Uint8Array): boolean {
  const scanStart = jpegScanStart(bytes);
  if (scanStart === undefined) return false;
  for (
    let offset = bytes.length - 2;
    offset >= Math.max(scanStart, bytes.length - TAIL_WINDOW);
    offset -= 1
  ) {
    if (bytes[offset] === 0xff && bytes[offset + 1] === 0xd9) return true;
  }
  return false;
}

/** A PNG ends with its IEND chunk. */
function pngIsComplete(bytes: Uint8Array): boolean {
  const iend = [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]; // "IEND" and its fixed CRC
  for (
    let offset = bytes.length - iend.length;
    offset >= Math.max(8, bytes.length - TAIL_WINDOW);
    offset -= 1
  ) {
    if (startsWith(bytes, iend, offset)) return true;
  }
  return false;
}

/** A WebP's RIFF header says how long the file is. */
function webpIsComplete(bytes: Uint8Array): boolean {
  if (bytes.length < 12) return false;
  const riffSize = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  return bytes.length >= riffSize + 8;
}

export function isImageComplete(bytes: Uint8Array, mediaType: PhotoMediaType): boolean {
  switch (mediaType) {
    case 'image/jpeg':
      return jpegIsComplete(bytes);
    case 'image/png':
      return pngIsComplete(bytes);
    case 'image/webp':
      return webpIsComplete(bytes);
  }
}
