import { createHash } from 'node:crypto';
import { sceneDrawers } from './demo-data/photo-scenes';
import { Random } from './random';
import type { SeedPhoto } from './world';

// Small procedurally drawn JPEGs for the seed worlds. They only have to suggest the scene
// (a container site, a snowy yard, a pothole...) at thumbnail size, be real baseline JPEGs
// that any decoder accepts, and be cheap: a few KB each, drawn once, shared by many issues.
//
// The encoder is our own rather than jpeg-js's: jpeg-js rebuilds its lookup tables on every
// call (about 30 ms), which made the demo world's few dozen photos cost seconds. Ours builds
// its tables once and encodes a 320×240 picture in a few milliseconds.

export const photoScenes = [
  'rubbish',
  'snow',
  'icicles',
  'asphalt',
  'lawn',
  'tree',
  'stairwell',
  'lift',
  'ceiling',
  'basement',
  'playground',
  'facade',
  'night',
  'car',
] as const;
export type PhotoScene = (typeof photoScenes)[number];

export type Rgb = readonly [number, number, number];

/** An RGB raster with the few primitives the scenes need. */
export class Canvas {
  readonly data: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.data = new Uint8Array(width * height * 3).fill(255);
  }

  private set(x: number, y: number, color: Rgb): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const i = (y * this.width + x) * 3;
    this.data[i] = color[0];
    this.data[i + 1] = color[1];
    this.data[i + 2] = color[2];
  }

  rect(x: number, y: number, w: number, h: number, color: Rgb): void {
    const x0 = Math.max(0, Math.round(x));
    const y0 = Math.max(0, Math.round(y));
    const x1 = Math.min(this.width, Math.round(x + w));
    const y1 = Math.min(this.height, Math.round(y + h));
    for (let yy = y0; yy < y1; yy += 1) for (let xx = x0; xx < x1; xx += 1) this.set(xx, yy, color);
  }

  /** A vertical gradient between two colours over rows [y0, y1). */
  gradient(y0: number, y1: number, top: Rgb, bottom: Rgb): void {
    const span = Math.max(1, y1 - y0);
    for (let y = Math.max(0, Math.round(y0)); y < Math.min(this.height, Math.round(y1)); y += 1) {
      const t = (y - y0) / span;
      const color: Rgb = [
        Math.round(top[0] + (bottom[0] - top[0]) * t),
        Math.round(top[1] + (bottom[1] - top[1]) * t),
        Math.round(top[2] + (bottom[2] - top[2]) * t),
      ];
      for (let x = 0; x < this.width; x += 1) this.set(x, y, color);
    }
  }

  ellipse(cx: number, cy: number, rx: number, ry: number, color: Rgb): void {
    const y0 = Math.max(0, Math.floor(cy - ry));
    const y1 = Math.min(this.height - 1, Math.ceil(cy + ry));
    for (let y = y0; y <= y1; y += 1) {
      const dy = (y - cy) / ry;
      if (dy * dy > 1) continue;
      const half = rx * Math.sqrt(1 - dy * dy);
      for (let x = Math.max(0, Math.ceil(cx - half)); x <= Math.min(this.width - 1, cx + half); x += 1) {
        this.set(x, y, color);
      }
    }
  }

  /** A triangle by scanlines: enough for icicles, spruce crowns and slides. */
  triangle(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, color: Rgb): void {
    const minY = Math.max(0, Math.floor(Math.min(ay, by, cy)));
    const maxY = Math.min(this.height - 1, Math.ceil(Math.max(ay, by, cy)));
    const edges: [number, number, number, number][] = [
      [ax, ay, bx, by],
      [bx, by, cx, cy],
      [cx, cy, ax, ay],
    ];
    for (let y = minY; y <= maxY; y += 1) {
      let left = Infinity;
      let right = -Infinity;
      for (const [x0, y0, x1, y1] of edges) {
        if (y0 === y1 || y < Math.min(y0, y1) || y > Math.max(y0, y1)) continue;
        const x = x0 + ((y - y0) * (x1 - x0)) / (y1 - y0);
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
      for (let x = Math.max(0, Math.ceil(left)); x <= Math.min(this.width - 1, Math.floor(right)); x += 1) {
        this.set(x, y, color);
      }
    }
  }

  /** A thick straight line, drawn as a run of small squares. */
  line(x0: number, y0: number, x1: number, y1: number, thickness: number, color: Rgb): void {
    const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0)));
    for (let s = 0; s <= steps; s += 1) {
      const t = s / steps;
      this.rect(
        x0 + (x1 - x0) * t - thickness / 2,
        y0 + (y1 - y0) * t - thickness / 2,
        thickness,
        thickness,
        color,
      );
    }
  }

  /**
   * Mild grain in 2×2 cells: the picture stops looking like clip art, while the JPEG pays
   * far fewer bytes for it than for per-pixel noise.
   */
  grain(rng: Random, amplitude: number): void {
    for (let y = 0; y < this.height; y += 2) {
      for (let x = 0; x < this.width; x += 2) {
        const delta = Math.round((rng.next() - 0.5) * 2 * amplitude);
        for (let dy = 0; dy < 2 && y + dy < this.height; dy += 1) {
          for (let dx = 0; dx < 2 && x + dx < this.width; dx += 1) {
            const i = ((y + dy) * this.width + x + dx) * 3;
            for (let c = 0; c < 3; c += 1) {
              const value = (this.data[i + c] ?? 0) + delta;
              this.data[i + c] = value < 0 ? 0 : value > 255 ? 255 : value;
            }
          }
        }
      }
    }
  }
}

// --- a baseline JPEG encoder (ITU T.81): 4:2:0, standard quantisation and Huffman tables ---

/** Zigzag position → natural (row-major) position in an 8×8 block. */
const ZIGZAG = [
  0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7,
  14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46,
  53, 60, 61, 54, 47, 55, 62, 63,
];

// T.81 Annex K.1, natural order.
const LUMA_QUANT = [
  16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22,
  29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103,
  121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
];
const CHROMA_QUANT = [
  17,
  18,
  24,
  47,
  99,
  99,
  99,
  99,
  18,
  21,
  26,
  66,
  99,
  99,
  99,
  99,
  24,
  26,
  56,
  99,
  99,
  99,
  99,
  99,
  47,
  66,
  99,
  99,
  99,
  99,
  99,
  99,
  ...Array<number>(32).fill(99),
];

// T.81 Annex K.3: code counts per length 1..16, then the symbols.
const DC_LUMA_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
const DC_CHROMA_BITS = [0, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0];
const DC_VALUES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const AC_LUMA_BITS = [0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7d];
const AC_LUMA_VALUES = [
  0x01, 0x02, 0x03, 0x00, 0x04, 0x11, 0x05, 0x12, 0x21, 0x31, 0x41, 0x06, 0x13, 0x51, 0x61, 0x07, 0x22, 0x71,
  0x14, 0x32, 0x81, 0x91, 0xa1, 0x08, 0x23, 0x42, 0xb1, 0xc1, 0x15, 0x52, 0xd1, 0xf0, 0x24, 0x33, 0x62, 0x72,
  0x82, 0x09, 0x0a, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x34, 0x35, 0x36, 0x37,
  0x38, 0x39, 0x3a, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59,
  0x5a, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x83,
  0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0xa2, 0xa3,
  0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xc2, 0xc3,
  0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xd9, 0xda, 0xe1, 0xe2,
  0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9, 0xfa,
];
const AC_CHROMA_BITS = [0, 2, 1, 2, 4, 4, 3, 4, 7, 5, 4, 4, 0, 1, 2, 0x77];
const AC_CHROMA_VALUES = [
  0x00, 0x01, 0x02, 0x03, 0x11, 0x04, 0x05, 0x21, 0x31, 0x06, 0x12, 0x41, 0x51, 0x07, 0x61, 0x71, 0x13, 0x22,
  0x32, 0x81, 0x08, 0x14, 0x42, 0x91, 0xa1, 0xb1, 0xc1, 0x09, 0x23, 0x33, 0x52, 0xf0, 0x15, 0x62, 0x72, 0xd1,
  0x0a, 0x16, 0x24, 0x34, 0xe1, 0x25, 0xf1, 0x17, 0x18, 0x19, 0x1a, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x35, 0x36,
  0x37, 0x38, 0x39, 0x3a, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58,
  0x59, 0x5a, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a,
  0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a,
  0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba,
  0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xd9, 0xda,
  0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9, 0xfa,
];

interface HuffmanTable {
  readonly bits: readonly number[];
  readonly values: readonly number[];
  /** Code and code length by symbol (0 length: the table has no code for it). */
  readonly codes: Uint16Array;
  readonly lengths: Uint8Array;
}

/** Canonical Huffman codes from the counts per length (T.81 Annex C). */
function huffmanTable(bits: readonly number[], values: readonly number[]): HuffmanTable {
  const codes = new Uint16Array(256);
  const lengths = new Uint8Array(256);
  let code = 0;
  let k = 0;
  for (let length = 1; length <= 16; length += 1) {
    for (let i = 0; i < (bits[length - 1] ?? 0); i += 1) {
      const symbol = values[k] ?? 0;
      codes[symbol] = code;
      lengths[symbol] = length;
      code += 1;
      k += 1;
    }
    code <<= 1;
  }
  return { bits, values, codes, lengths };
}

const DC_LUMA = huffmanTable(DC_LUMA_BITS, DC_VALUES);
const DC_CHROMA = huffmanTable(DC_CHROMA_BITS, DC_VALUES);
const AC_LUMA = huffmanTable(AC_LUMA_BITS, AC_LUMA_VALUES);
const AC_CHROMA = huffmanTable(AC_CHROMA_BITS, AC_CHROMA_VALUES);

/** cos((2x+1)uπ/16) · C(u)/2, so that a 2-D DCT is two passes of 8×8 multiplications. */
const DCT_BASIS = (() => {
  const basis = new Float64Array(64);
  for (let u = 0; u < 8; u += 1) {
    const scale = u === 0 ? Math.SQRT1_2 / 2 : 0.5;
    for (let x = 0; x < 8; x += 1) basis[u * 8 + x] = scale * Math.cos(((2 * x + 1) * u * Math.PI) / 16);
  }
  return basis;
})();

/** IJG quality scaling of a base table (T.81 leaves the choice to the encoder). */
function scaledQuant(base: readonly number[], quality: number): Uint8Array {
  const factor = quality < 50 ? 5000 / quality : 200 - quality * 2;
  return Uint8Array.from(base, (value) =>
    Math.min(255, Math.max(1, Math.floor((value * factor + 50) / 100))),
  );
}

class BitWriter {
  private readonly bytes: number[] = [];
  private buffer = 0;
  private count = 0;

  /** Appends the low `length` bits of `code` (at most 16), most significant first. */
  write(code: number, length: number): void {
    this.buffer = (this.buffer << length) | (code & ((1 << length) - 1));
    this.count += length;
    while (this.count >= 8) {
      const byte = (this.buffer >> (this.count - 8)) & 0xff;
      this.bytes.push(byte);
      if (byte === 0xff) this.bytes.push(0x00); // byte stuffing
      this.count -= 8;
    }
    this.buffer &= (1 << this.count) - 1;
  }

  /** Pads the last byte with 1-bits, as T.81 F.1.2.3 asks. */
  finish(): number[] {
    if (this.count > 0) this.write((1 << (8 - this.count)) - 1, 8 - this.count);
    return this.bytes;
  }
}

function magnitudeCategory(value: number): number {
  let magnitude = Math.abs(value);
  let category = 0;
  while (magnitude > 0) {
    category += 1;
    magnitude >>= 1;
  }
  return category;
}

/** The bits that follow a category code: the value itself, or its one's complement if negative. */
function magnitudeBits(value: number, category: number): number {
  return value >= 0 ? value : value + (1 << category) - 1;
}

function emit(out: BitWriter, table: HuffmanTable, symbol: number): void {
  const length = table.lengths[symbol] ?? 0;
  if (length === 0) throw new Error(`no Huffman code for symbol ${symbol}`);
  out.write(table.codes[symbol] ?? 0, length);
}

// Scratch space for one block, reused: the encoder is synchronous and never re-entered.
const dctRows = new Float64Array(64);
const dctCoefficients = new Int32Array(64);

/** Forward DCT, quantisation and entropy coding of one 8×8 block; returns the new DC. */
function encodeBlock(
  out: BitWriter,
  samples: Float64Array,
  quant: Uint8Array,
  previousDc: number,
  dc: HuffmanTable,
  ac: HuffmanTable,
): number {
  const rows = dctRows;
  for (let y = 0; y < 8; y += 1) {
    for (let u = 0; u < 8; u += 1) {
      let sum = 0;
      for (let x = 0; x < 8; x += 1) sum += (samples[y * 8 + x] ?? 0) * (DCT_BASIS[u * 8 + x] ?? 0);
      rows[y * 8 + u] = sum;
    }
  }
  const coefficients = dctCoefficients;
  for (let v = 0; v < 8; v += 1) {
    for (let u = 0; u < 8; u += 1) {
      let sum = 0;
      for (let y = 0; y < 8; y += 1) sum += (rows[y * 8 + u] ?? 0) * (DCT_BASIS[v * 8 + y] ?? 0);
      coefficients[v * 8 + u] = Math.round(sum / (quant[v * 8 + u] ?? 1));
    }
  }
  const dcValue = coefficients[0] ?? 0;
  const diff = dcValue - previousDc;
  const dcCategory = magnitudeCategory(diff);
  emit(out, dc, dcCategory);
  if (dcCategory > 0) out.write(magnitudeBits(diff, dcCategory), dcCategory);
  let run = 0;
  for (let k = 1; k < 64; k += 1) {
    const value = coefficients[ZIGZAG[k] ?? 0] ?? 0;
    if (value === 0) {
      run += 1;
      continue;
    }
    while (run > 15) {
      emit(out, ac, 0xf0); // sixteen zeros
      run -= 16;
    }
    const category = magnitudeCategory(value);
    emit(out, ac, (run << 4) | category);
    out.write(magnitudeBits(value, category), category);
    run = 0;
  }
  if (run > 0) emit(out, ac, 0x00); // end of block
  return dcValue;
}

function segment(marker: number, payload: readonly number[]): number[] {
  const length = payload.length + 2;
  return [0xff, marker, length >> 8, length & 0xff, ...payload];
}

function huffmanSegmentPart(tableClassAndId: number, table: HuffmanTable): number[] {
  return [tableClassAndId, ...table.bits, ...table.values];
}

/** Encodes an RGB raster as a baseline JFIF JPEG with 4:2:0 chroma subsampling. */
export function encodeJpeg(rgb: Uint8Array, width: number, height: number, quality: number): Uint8Array {
  const lumaQuant = scaledQuant(LUMA_QUANT, quality);
  const chromaQuant = scaledQuant(CHROMA_QUANT, quality);
  const plane = (channel: (r: number, g: number, b: number) => number): Float64Array => {
    const out = new Float64Array(width * height);
    for (let i = 0; i < width * height; i += 1) {
      out[i] = channel(rgb[i * 3] ?? 0, rgb[i * 3 + 1] ?? 0, rgb[i * 3 + 2] ?? 0) - 128; // level shift
    }
    return out;
  };
  const luma = plane((r, g, b) => 0.299 * r + 0.587 * g + 0.114 * b);
  const cb = plane((r, g, b) => -0.168736 * r - 0.331264 * g + 0.5 * b + 128);
  const cr = plane((r, g, b) => 0.5 * r - 0.418688 * g - 0.081312 * b + 128);
  const at = (source: Float64Array, x: number, y: number): number =>
    source[Math.min(height - 1, y) * width + Math.min(width - 1, x)] ?? 0;

  const out = new BitWriter();
  const block = new Float64Array(64);
  let dcY = 0;
  let dcCb = 0;
  let dcCr = 0;
  for (let mcuY = 0; mcuY < height; mcuY += 16) {
    for (let mcuX = 0; mcuX < width; mcuX += 16) {
      for (const [bx, by] of [
        [0, 0],
        [8, 0],
        [0, 8],
        [8, 8],
      ] as const) {
        for (let y = 0; y < 8; y += 1) {
          for (let x = 0; x < 8; x += 1) block[y * 8 + x] = at(luma, mcuX + bx + x, mcuY + by + y);
        }
        dcY = encodeBlock(out, block, lumaQuant, dcY, DC_LUMA, AC_LUMA);
      }
      for (const [source, isCb] of [
        [cb, true],
        [cr, false],
      ] as const) {
        for (let y = 0; y < 8; y += 1) {
          for (let x = 0; x < 8; x += 1) {
            const sx = mcuX + x * 2;
            const sy = mcuY + y * 2;
            block[y * 8 + x] =
              (at(source, sx, sy) +
                at(source, sx + 1, sy) +
                at(source, sx, sy + 1) +
                at(source, sx + 1, sy + 1)) /
              4;
          }
        }
        if (isCb) dcCb = encodeBlock(out, block, chromaQuant, dcCb, DC_CHROMA, AC_CHROMA);
        else dcCr = encodeBlock(out, block, chromaQuant, dcCr, DC_CHROMA, AC_CHROMA);
      }
    }
  }

  const zigzagged = (table: Uint8Array): number[] => ZIGZAG.map((natural) => table[natural] ?? 1);
  const bytes = [
    0xff,
    0xd8, // SOI
    ...segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0]), // JFIF 1.1, 1:1
    ...segment(0xdb, [0x00, ...zigzagged(lumaQuant), 0x01, ...zigzagged(chromaQuant)]),
    ...segment(0xc0, [
      8,
      height >> 8,
      height & 0xff,
      width >> 8,
      width & 0xff,
      3,
      1,
      0x22,
      0,
      2,
      0x11,
      1,
      3,
      0x11,
      1,
    ]),
    ...segment(0xc4, [
      ...huffmanSegmentPart(0x00, DC_LUMA),
      ...huffmanSegmentPart(0x10, AC_LUMA),
      ...huffmanSegmentPart(0x01, DC_CHROMA),
      ...huffmanSegmentPart(0x11, AC_CHROMA),
    ]),
    ...segment(0xda, [3, 1, 0x00, 2, 0x11, 3, 0x11, 0, 63, 0]),
  ];
  const scan = out.finish();
  const result = new Uint8Array(bytes.length + scan.length + 2);
  result.set(bytes, 0);
  result.set(scan, bytes.length);
  result.set([0xff, 0xd9], bytes.length + scan.length); // EOI
  return result;
}

// --- the photos ---

const JPEG_QUALITY = 55;

/** Scenes usually shot upright: indoors, a lift door, a tree. */
const portraitScenes: ReadonlySet<PhotoScene> = new Set(['stairwell', 'lift', 'tree']);

export interface DrawnPhoto {
  bytes: Uint8Array;
  width: number;
  height: number;
  sha256: string;
}

/** One photo of a scene; `clean` draws the state after the work (no rubbish, no icicles...). */
export function drawPhoto(scene: PhotoScene, clean: boolean, seed: number): DrawnPhoto {
  const rng = new Random(seed);
  const portrait = portraitScenes.has(scene) && rng.chance(0.7);
  const canvas = portrait ? new Canvas(240, 320) : new Canvas(320, 240);
  sceneDrawers[scene](canvas, rng, clean);
  canvas.grain(rng, 5);
  const bytes = encodeJpeg(canvas.data, canvas.width, canvas.height, JPEG_QUALITY);
  return {
    bytes,
    width: canvas.width,
    height: canvas.height,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** The photos of one uploader, by scene and by state, for picking while building issues. */
export interface PhotoShelf {
  readonly dirty: ReadonlyMap<PhotoScene, readonly SeedPhoto[]>;
  readonly clean: ReadonlyMap<PhotoScene, readonly SeedPhoto[]>;
  readonly all: readonly SeedPhoto[];
}

export interface ShelfSpec {
  /** The uploading company; null for residents. */
  uploadedByCompanyId: string | null;
  scenes: readonly PhotoScene[];
  dirtyPerScene: number;
  cleanPerScene: number;
  seed: number;
}

/** Draws a shelf of photos. Each photo has its own seed, so no two share bytes. */
export function drawShelf(spec: ShelfSpec): PhotoShelf {
  const rng = new Random(spec.seed);
  const dirty = new Map<PhotoScene, SeedPhoto[]>();
  const clean = new Map<PhotoScene, SeedPhoto[]>();
  const all: SeedPhoto[] = [];
  for (const scene of spec.scenes) {
    for (const [isClean, count, into] of [
      [false, spec.dirtyPerScene, dirty],
      [true, spec.cleanPerScene, clean],
    ] as const) {
      const list: SeedPhoto[] = [];
      for (let i = 0; i < count; i += 1) {
        const drawn = drawPhoto(scene, isClean, rng.nextUint32());
        const photo: SeedPhoto = {
          sha256: drawn.sha256,
          mediaType: 'image/jpeg',
          bytes: drawn.bytes,
          width: drawn.width,
          height: drawn.height,
          uploadedByCompanyId: spec.uploadedByCompanyId,
        };
        list.push(photo);
        all.push(photo);
      }
      into.set(scene, list);
    }
  }
  return { dirty, clean, all };
}
