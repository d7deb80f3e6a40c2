import { describe, expect, it } from 'vitest';
import { detectionScale, faceRectsOnPhoto, FACE_DETECT_EDGE } from './face-boxes';

describe('face boxes', () => {
  it('looks at a copy at most 640 px on its long edge, never enlarged', () => {
    expect(detectionScale({ width: 2048, height: 1536 })).toEqual({
      size: { width: FACE_DETECT_EDGE, height: 480 },
      factor: 3.2,
    });
    expect(detectionScale({ width: 512, height: 600 })).toEqual({
      size: { width: 512, height: 600 },
      factor: 1,
    });
  });

  it('maps a box back to the photo, grown by a quarter on each side, on whole pixels inside it', () => {
    const photo = { width: 2048, height: 1536 };
    expect(faceRectsOnPhoto([{ x: 100, y: 100, width: 40, height: 48 }], 3.2, photo)).toEqual([
      { x: 281, y: 281, width: 206, height: 231 },
    ]);
    // At the corner: clamped to the photo, and a box with no finite figure dropped.
    expect(
      faceRectsOnPhoto(
        [
          { x: 0, y: 0, width: 40, height: 40 },
          { x: Number.NaN, y: 0, width: 1, height: 1 },
        ],
        3.2,
        photo,
      ),
    ).toEqual([{ x: 0, y: 0, width: 160, height: 160 }]);
  });
});
