import { describe, expect, it } from 'vitest';
import { gifBytes, jpegBytes, pngBytes, webpBytes } from '../test/images';
import { generatePng } from './png';
import { sniffImage } from './sniff';

describe('sniffImage', () => {
  it('reads the type and size of real JPEG, PNG and WebP bytes', () => {
    expect(sniffImage(jpegBytes)).toEqual({ mediaType: 'image/jpeg', width: 16, height: 16 });
    expect(sniffImage(webpBytes)).toEqual({ mediaType: 'image/webp', width: 16, height: 16 });
    expect(sniffImage(generatePng(640, 480, { r: 1, g: 2, b: 3 }))).toEqual({
      mediaType: 'image/png',
      width: 640,
      height: 480,
    });
  });

  it('reads a lossy (VP8) and an extended (VP8X) WebP header', () => {
    const riff = (chunk: string, payload: number[]): Buffer => {
      const body = Buffer.concat([
        Buffer.from(`WEBP${chunk}`, 'latin1'),
        Buffer.alloc(4),
        Buffer.from(payload),
        Buffer.alloc(16),
      ]);
      return Buffer.concat([Buffer.from('RIFF', 'latin1'), Buffer.alloc(4), body]);
    };
    // VP8: frame tag, start code 9d 01 2a, then 14-bit width and height.
    expect(sniffImage(riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, 0x80, 0x02, 0xe0, 0x01]))).toEqual({
      mediaType: 'image/webp',
      width: 640,
      height: 480,
    });
    // VP8X: flags, 3 reserved bytes, then width−1 and height−1 on 24 bits each.
    expect(sniffImage(riff('VP8X', [0, 0, 0, 0, 0x7f, 0x02, 0x00, 0xdf, 0x01, 0x00]))).toEqual({
      mediaType: 'image/webp',
      width: 640,
      height: 480,
    });
  });

  it('recognises nothing else, and no truncated header', () => {
    expect(sniffImage(gifBytes)).toBeUndefined();
    expect(sniffImage(Buffer.from('%PDF-1.7'))).toBeUndefined();
    expect(sniffImage(Buffer.alloc(0))).toBeUndefined();
    expect(sniffImage(jpegBytes.subarray(0, 40))).toBeUndefined();
    expect(sniffImage(pngBytes(1).subarray(0, 20))).toBeUndefined();
    expect(sniffImage(webpBytes.subarray(0, 16))).toBeUndefined();
  });
});
