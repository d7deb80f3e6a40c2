import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptImage } from './accept';
import type { PhotoFailure } from './errors';
import { PhotoError } from './errors';
import { jpegQualityLadder } from './encode';
import { PHOTO_INPUT_MAX_BYTES } from './limits';

// The checks before decoding need no browser; the decoding itself is tested in Chromium
// (pipeline.browser.test.ts).
const fixtures = join(import.meta.dirname, '../../../../../tests/fixtures/photos');
const fixture = (name: string): Blob => new Blob([readFileSync(join(fixtures, name))]);

async function refusal(input: Blob): Promise<PhotoFailure> {
  const error: unknown = await acceptImage(input).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(PhotoError);
  return (error as PhotoError).failure;
}

describe('acceptImage', () => {
  it('passes whole JPEG, PNG and WebP files with their real type', async () => {
    expect((await acceptImage(fixture('photo-12mp-exif-gps.jpg'))).mediaType).toBe('image/jpeg');
    expect((await acceptImage(fixture('small.png'))).mediaType).toBe('image/png');
    expect((await acceptImage(fixture('small.webp'))).mediaType).toBe('image/webp');
  });

  it('passes an iPhone HEIC (made by heif-enc) as HEIC, for the worker to decode', async () => {
    expect((await acceptImage(fixture('small.heic'))).mediaType).toBe('image/heic');
    expect((await acceptImage(fixture('rotated-exif-gps.heic'))).mediaType).toBe('image/heic');
  });

  it('refuses a text file and an AVIF as unsupported', async () => {
    expect(await refusal(fixture('text-as-photo.jpg'))).toEqual({
      code: 'unsupported_type',
      detected: 'unknown',
    });
    const avif = new Blob([new Uint8Array([0, 0, 0, 20]), 'ftypavif', new Uint8Array(4), 'mif1']);
    expect(await refusal(avif)).toEqual({ code: 'unsupported_type', detected: 'avif' });
  });

  it('refuses truncated and empty files as corrupt', async () => {
    expect(await refusal(fixture('truncated.jpg'))).toEqual({ code: 'corrupt', reason: 'truncated' });
    expect(await refusal(fixture('truncated.heic'))).toEqual({ code: 'corrupt', reason: 'truncated' });
    expect(await refusal(new Blob([]))).toEqual({ code: 'corrupt', reason: 'empty' });
  });

  it('refuses more than 50 MiB by its size alone', async () => {
    const huge = new Blob([new Uint8Array(PHOTO_INPUT_MAX_BYTES + 1)]);
    const failure = await refusal(huge);
    expect(failure).toEqual({
      code: 'too_large',
      bytes: PHOTO_INPUT_MAX_BYTES + 1,
      limitBytes: PHOTO_INPUT_MAX_BYTES,
    });
    expect(new PhotoError(failure).message).toBe('The file is 50.0 MiB; at most 50.0 MiB can be processed.');
  });
});

describe('PhotoError', () => {
  it('names what the refused file was and what is accepted', () => {
    const error = new PhotoError({ code: 'unsupported_type', detected: 'gif' });
    expect(error.code).toBe('unsupported_type');
    expect(error.message).toBe('Only JPEG, PNG, WebP and HEIC photos are accepted; this file is GIF.');
  });
});

describe('jpegQualityLadder', () => {
  it('steps down from 0.8 to the 0.5 floor', () => {
    expect(jpegQualityLadder()).toEqual([0.8, 0.72, 0.64, 0.56, 0.5]);
  });

  it('is the floor alone when the start is the floor', () => {
    expect(jpegQualityLadder(0.5, 0.5, 0.1)).toEqual([0.5]);
  });
});
