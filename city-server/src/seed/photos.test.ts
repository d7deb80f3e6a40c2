import { createHash } from 'node:crypto';
import { decode } from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { Canvas, drawPhoto, drawShelf, encodeJpeg, photoScenes } from './photos';

// Our own JPEG encoder is checked against an independent decoder (jpeg-js): sizes, markers
// and the decoded colours must match what was drawn.

describe('encodeJpeg', () => {
  it('writes a baseline JFIF that decodes to the picture drawn', () => {
    const canvas = new Canvas(48, 40); // not a multiple of 16: edge blocks are padded
    canvas.rect(0, 0, 24, 40, [200, 30, 30]);
    canvas.rect(24, 0, 24, 40, [30, 60, 200]);
    const bytes = encodeJpeg(canvas.data, canvas.width, canvas.height, 90);
    expect([bytes[0], bytes[1], bytes[2], bytes[3]]).toEqual([0xff, 0xd8, 0xff, 0xe0]);
    expect([bytes[bytes.length - 2], bytes[bytes.length - 1]]).toEqual([0xff, 0xd9]);
    const decoded = decode(bytes, { useTArray: true, formatAsRGBA: false });
    expect([decoded.width, decoded.height]).toEqual([48, 40]);
    const pixel = (x: number, y: number) =>
      Array.from(decoded.data.subarray((y * 48 + x) * 3, (y * 48 + x) * 3 + 3));
    const close = (actual: number[], expected: number[]) =>
      actual.forEach((value, i) => expect(Math.abs(value - (expected[i] ?? 0))).toBeLessThan(24));
    close(pixel(8, 20), [200, 30, 30]);
    close(pixel(40, 20), [30, 60, 200]);
  });
});

describe('drawPhoto', () => {
  it('draws every scene as a small valid JPEG with a true size and hash', () => {
    for (const scene of photoScenes) {
      for (const clean of [false, true]) {
        const photo = drawPhoto(scene, clean, 42);
        const decoded = decode(photo.bytes, { useTArray: true });
        expect([decoded.width, decoded.height]).toEqual([photo.width, photo.height]);
        expect(photo.sha256).toBe(createHash('sha256').update(photo.bytes).digest('hex'));
        expect(photo.bytes.length).toBeGreaterThan(1000);
        expect(photo.bytes.length).toBeLessThan(20_000);
      }
    }
  });

  it('is deterministic for a seed', () => {
    expect(drawPhoto('snow', false, 1).sha256).toBe(drawPhoto('snow', false, 1).sha256);
    expect(drawPhoto('snow', false, 1).sha256).not.toBe(drawPhoto('snow', false, 2).sha256);
  });
});

describe('drawShelf', () => {
  it('draws distinct photos for one uploader', () => {
    const shelf = drawShelf({
      uploadedByCompanyId: 'co-x',
      scenes: ['rubbish', 'lift'],
      dirtyPerScene: 2,
      cleanPerScene: 1,
      seed: 3,
    });
    expect(shelf.all).toHaveLength(6);
    expect(new Set(shelf.all.map((p) => p.sha256)).size).toBe(6);
    expect(shelf.all.every((p) => p.uploadedByCompanyId === 'co-x' && p.mediaType === 'image/jpeg')).toBe(
      true,
    );
    expect(shelf.dirty.get('rubbish')).toHaveLength(2);
    expect(shelf.clean.get('lift')).toHaveLength(1);
  });
});
