import { describe, expect, it } from 'vitest';
import { clampRect, fitWithin, MIN_PIXELATION_BLOCK, pixelationSize, redactionRegions } from './geometry';

const image = { width: 2048, height: 1536 };

describe('clampRect', () => {
  it('keeps a rectangle inside the image as it is', () => {
    expect(clampRect({ x: 10, y: 20, width: 100, height: 50 }, image)).toEqual({
      x: 10,
      y: 20,
      width: 100,
      height: 50,
    });
  });

  it('cuts a rectangle to the image', () => {
    expect(clampRect({ x: -50, y: -10, width: 100, height: 40 }, image)).toEqual({
      x: 0,
      y: 0,
      width: 50,
      height: 30,
    });
    expect(clampRect({ x: 2000, y: 1500, width: 500, height: 500 }, image)).toEqual({
      x: 2000,
      y: 1500,
      width: 48,
      height: 36,
    });
  });

  it('turns round a rectangle drawn from right to left or bottom to top', () => {
    expect(clampRect({ x: 110, y: 70, width: -100, height: -50 }, image)).toEqual({
      x: 10,
      y: 20,
      width: 100,
      height: 50,
    });
  });

  it('rounds outwards so partly covered pixels are blurred too', () => {
    expect(clampRect({ x: 10.6, y: 20.2, width: 5.1, height: 5.1 }, image)).toEqual({
      x: 10,
      y: 20,
      width: 6,
      height: 6,
    });
  });

  it('drops empty, off-image and non-finite rectangles', () => {
    expect(clampRect({ x: 10, y: 10, width: 0, height: 50 }, image)).toBeNull();
    expect(clampRect({ x: 10, y: 10, width: 50, height: 0 }, image)).toBeNull();
    expect(clampRect({ x: 3000, y: 10, width: 50, height: 50 }, image)).toBeNull();
    expect(clampRect({ x: -100, y: 10, width: 50, height: 50 }, image)).toBeNull();
    expect(clampRect({ x: Number.NaN, y: 10, width: 50, height: 50 }, image)).toBeNull();
    expect(clampRect({ x: 0, y: 0, width: Number.POSITIVE_INFINITY, height: 50 }, image)).toBeNull();
  });
});

describe('redactionRegions', () => {
  it('keeps only the rectangles that touch the image, clamped', () => {
    expect(
      redactionRegions(
        [
          { x: 0, y: 0, width: 10, height: 10 },
          { x: 5000, y: 0, width: 10, height: 10 },
          { x: 2040, y: 0, width: 100, height: 10 },
          { x: 1, y: 1, width: 0, height: 0 },
        ],
        image,
      ),
    ).toEqual([
      { x: 0, y: 0, width: 10, height: 10 },
      { x: 2040, y: 0, width: 8, height: 10 },
    ]);
  });
});

describe('pixelationSize', () => {
  it('shrinks a large region to about 16 blocks along its long edge', () => {
    expect(pixelationSize({ width: 640, height: 320 })).toEqual({ width: 16, height: 8 });
  });

  it('never makes blocks smaller than the minimum, so small plates are not merely softened', () => {
    expect(pixelationSize({ width: 64, height: 32 })).toEqual({
      width: 64 / MIN_PIXELATION_BLOCK,
      height: 32 / MIN_PIXELATION_BLOCK,
    });
    expect(pixelationSize({ width: 3, height: 2 })).toEqual({ width: 1, height: 1 });
  });
});

describe('fitWithin', () => {
  it('scales the long edge down to the limit, keeping proportions', () => {
    expect(fitWithin({ width: 4000, height: 3000 }, 2048)).toEqual({ width: 2048, height: 1536 });
    expect(fitWithin({ width: 3000, height: 4000 }, 2048)).toEqual({ width: 1536, height: 2048 });
  });

  it('never enlarges', () => {
    expect(fitWithin({ width: 640, height: 480 }, 2048)).toEqual({ width: 640, height: 480 });
    expect(fitWithin({ width: 2048, height: 10 }, 2048)).toEqual({ width: 2048, height: 10 });
  });

  it('keeps at least one pixel on a very thin image', () => {
    expect(fitWithin({ width: 20000, height: 3 }, 2048)).toEqual({ width: 2048, height: 1 });
  });
});
