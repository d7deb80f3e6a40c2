import { describe, expect, it } from 'vitest';
import { distanceMetres } from './geo';
import { imageStats, laplacianVariance } from './image-stats';
import { checksMessages } from './messages';
import {
  checkCaptureWindow,
  checkLocation,
  checkPhoto,
  FUTURE_TOLERANCE_MS,
  MIN_MEAN_LUMINANCE,
  MIN_SHARPNESS,
  type PhotoCheckCode,
} from './photo-checks';

const issue = { receivedAt: '2026-03-20T09:00:00+03:00', lat: 55.6111, lng: 37.7237 };
const now = new Date('2026-03-21T12:00:00+03:00');

/** An RGBA image of one grey level, or a checkerboard of two. */
function rgba(width: number, height: number, level: (x: number, y: number) => number): Uint8ClampedArray {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const at = (y * width + x) * 4;
      data.fill(level(x, y), at, at + 3);
      data[at + 3] = 255;
    }
  }
  return data;
}

describe('the capture time check', () => {
  it('passes a photo taken after the issue arrived, saying how long after', () => {
    expect(checkCaptureWindow('2026-03-20T15:30:00+03:00', issue, now)).toEqual({
      code: 'taken_after_issue',
      passed: true,
      numbers: { hoursAfter: 6 },
    });
  });

  it('flags one taken before the issue arrived, and one from the future beyond a clock’s slack', () => {
    expect(checkCaptureWindow('2026-03-19T20:00:00+03:00', issue, now)).toEqual({
      code: 'taken_before_issue',
      passed: false,
      numbers: { hoursBefore: 13 },
    });
    const future = new Date(now.getTime() + 2 * 3_600_000).toISOString();
    expect(checkCaptureWindow(future, issue, now)).toMatchObject({ code: 'taken_in_future', passed: false });
    const slack = new Date(now.getTime() + FUTURE_TOLERANCE_MS - 1000).toISOString();
    expect(checkCaptureWindow(slack, issue, now).code).toBe('taken_after_issue');
  });

  it('says when there is no time to check, without flagging it', () => {
    expect(checkCaptureWindow(null, issue, now)).toEqual({
      code: 'capture_time_unknown',
      passed: true,
      numbers: {},
    });
  });
});

describe('the place check', () => {
  it('measures great-circle distances in metres', () => {
    // One minute of latitude is a nautical mile, 1852 m, within a few metres.
    expect(
      distanceMetres({ latitude: 55, longitude: 37 }, { latitude: 55 + 1 / 60, longitude: 37 }),
    ).toBeCloseTo(1853, -1);
  });

  it('passes a photo within 150 m of the issue and flags one farther', () => {
    expect(checkLocation({ latitude: 55.6111 + 0.0009, longitude: 37.7237 }, issue)).toEqual({
      code: 'near_issue',
      passed: true,
      numbers: { metres: 100, limit: 150 },
    });
    expect(checkLocation({ latitude: 55.6111 + 0.0018, longitude: 37.7237 }, issue)).toMatchObject({
      code: 'far_from_issue',
      passed: false,
      numbers: { metres: 200 },
    });
    expect(checkLocation(null, issue).code).toBe('location_unknown');
  });
});

describe('brightness and sharpness', () => {
  it('reads the mean luma and the Laplacian’s variance of an image', () => {
    const flat = imageStats(
      rgba(8, 8, () => 30),
      8,
      8,
    );
    expect(flat.meanLuminance).toBeCloseTo(30, 5);
    expect(flat.sharpness).toBe(0);
    const checker = imageStats(
      rgba(8, 8, (x, y) => ((x + y) % 2 === 0 ? 0 : 100)),
      8,
      8,
    );
    // Every interior Laplacian is ±400: variance 160,000, scaled from a mean of 50 to one of 128.
    expect(checker.sharpness).toBeCloseTo(160_000 * (128 / 50) ** 2, 0);
    // A quarter of the light leaves the sharpness as it was: it is not mistaken for blur.
    const darker = imageStats(
      rgba(8, 8, (x, y) => ((x + y) % 2 === 0 ? 0 : 25)),
      8,
      8,
    );
    expect(darker.sharpness).toBeCloseTo(checker.sharpness, 0);
    expect(laplacianVariance(new Float32Array(4), 2, 2)).toBe(0);
  });

  it('lists the four checks of a photo, flagging a dark and blurred one', () => {
    const stats = {
      meanLuminance: MIN_MEAN_LUMINANCE - 1,
      sharpness: MIN_SHARPNESS - 1,
      width: 512,
      height: 384,
    };
    const results = checkPhoto({ capturedAt: null, location: null, stats }, issue, now);
    expect(results.map(({ code, passed }) => [code, passed])).toEqual([
      ['capture_time_unknown', true],
      ['location_unknown', true],
      ['too_dark', false],
      ['blurred', false],
    ]);
    expect(checkPhoto({ capturedAt: null, location: null, stats: null }, issue, now)).toHaveLength(2);
  });
});

describe('the words of the checks', () => {
  const codes: PhotoCheckCode[] = [
    'taken_after_issue',
    'taken_before_issue',
    'taken_in_future',
    'capture_time_unknown',
    'near_issue',
    'far_from_issue',
    'location_unknown',
    'bright_enough',
    'too_dark',
    'sharp',
    'blurred',
  ];
  it.each(codes)('tell %s in Russian and English: what was checked, what was found, what to do', (code) => {
    for (const words of [checksMessages.ru.items[code], checksMessages.en.items[code]]) {
      expect(Object.values(words).every((text) => text.trim().length > 0)).toBe(true);
    }
    expect(checksMessages.ru.items[code].reason).toMatch(/[а-яё]/i);
  });
});
