// Draws the app icon and writes it as PNG with nothing but node:zlib, so the icon is made
// from source here rather than downloaded or drawn by hand: `node build/make-icon.mjs`.
//
// The icon: a rounded square in the app's blue (#1f5fa8) with a white house, its door and
// gable window cut out in the same blue. Every shape is a function of the unit square, so
// one drawing serves each size; edges are smoothed by sampling each pixel 4×4 times.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deflateSync } from 'node:zlib';

const root = join(import.meta.dirname, '..');
const blue = [0x1f, 0x5f, 0xa8];
const white = [0xff, 0xff, 0xff];

/** Where each icon goes and its size in pixels. */
export const icons = [
  { file: 'build/icon.png', size: 512 }, // electron-builder makes every platform's icon from this
  { file: 'resources/icon.png', size: 256 }, // the window icon on Linux and Windows
  { file: 'resources/tray.png', size: 32 },
  { file: 'resources/tray@2x.png', size: 64 }, // picked by Electron on high-density screens
];

function inRoundedSquare(x, y) {
  const margin = 0.02;
  const radius = 0.2;
  const cx = Math.min(Math.max(x, margin + radius), 1 - margin - radius);
  const cy = Math.min(Math.max(y, margin + radius), 1 - margin - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** Whether (x, y) is on the left of the directed edge a → b (inside a clockwise polygon). */
const leftOf = (ax, ay, bx, by, x, y) => (bx - ax) * (y - ay) - (by - ay) * (x - ax) >= 0;

function inHouse(x, y) {
  // The roof: a triangle overhanging the walls.
  const roof = y <= 0.5 && leftOf(0.5, 0.2, 0.82, 0.5, x, y) && leftOf(0.18, 0.5, 0.5, 0.2, x, y);
  const walls = x >= 0.27 && x <= 0.73 && y >= 0.46 && y <= 0.8;
  return roof || walls;
}

function inCutout(x, y) {
  const door = x >= 0.43 && x <= 0.57 && y >= 0.6 && y <= 0.8;
  const gableWindow = (x - 0.5) ** 2 + (y - 0.41) ** 2 <= 0.045 ** 2;
  return door || gableWindow;
}

/** The colour at a point of the unit square, or null where the icon is transparent. */
function colourAt(x, y) {
  if (!inRoundedSquare(x, y)) return null;
  return inHouse(x, y) && !inCutout(x, y) ? white : blue;
}

export function drawIcon(size, samples = 4) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const colour = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered += 1;
        }
      }
      const offset = (py * size + px) * 4;
      if (covered === 0) continue;
      pixels[offset] = Math.round(r / covered);
      pixels[offset + 1] = Math.round(g / covered);
      pixels[offset + 2] = Math.round(b / covered);
      pixels[offset + 3] = Math.round((255 * covered) / (samples * samples));
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG of `size`×`size` pixels. */
export function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  // Each row starts with its filter type; 0 (none) keeps the writer simple, zlib does the rest.
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (process.argv[1] === import.meta.filename) {
  for (const { file, size } of icons) {
    const target = join(root, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, encodePng(size, drawIcon(size)));
    console.log(`${file}: ${size}×${size}`);
  }
}
