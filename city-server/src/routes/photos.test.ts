import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHOTO_MAX_BYTES, PhotoStored, Problem } from '@shared/domain';
import { startTestServer, type TestServer } from '../test/harness';
import { NORTH_UPLOAD, RESIDENT_PHOTO, SOUTH_RESIDENT_PHOTO } from '../test/fixtures';
import { gifBytes, jpegBytes, pngBytes, sha256Of, webpBytes } from '../test/images';

describe('photos', () => {
  let city: TestServer;
  let north: string;
  let south: string;
  beforeAll(async () => {
    city = await startTestServer();
    north = await city.tokenOf('supervisor');
    south = await city.tokenOf('neighbour.dispatcher');
  });
  afterAll(() => city.close());

  const put = (bytes: Buffer, contentType: string, token = north, sha256 = sha256Of(bytes)) =>
    city.call('PUT', `/photos/${sha256}`, { token, body: bytes, headers: { 'content-type': contentType } });

  it('stores a new JPEG, PNG and WebP: 201 with the size read from the bytes', async () => {
    const cases: [Buffer, string, number, number][] = [
      [jpegBytes, 'image/jpeg', 16, 16],
      [webpBytes, 'image/webp', 16, 16],
      [pngBytes(1, 64, 48), 'image/png', 64, 48],
    ];
    for (const [bytes, type, width, height] of cases) {
      const result = await put(bytes, type);
      expect(result.status).toBe(201);
      expect(PhotoStored.parse(result.json)).toEqual({
        sha256: sha256Of(bytes),
        width,
        height,
        bytes: bytes.length,
      });
    }
  });

  it('answers 200 for bytes the company can already reach, 201 for another company uploading the same bytes', async () => {
    const bytes = pngBytes(2);
    expect((await put(bytes, 'image/png')).status).toBe(201);
    const again = await put(bytes, 'image/png');
    expect(again.status).toBe(200);
    expect(PhotoStored.parse(again.json).sha256).toBe(sha256Of(bytes));
    expect((await put(bytes, 'image/png', south)).status).toBe(201);
    // A resident photo of its own issue is already reachable.
    expect((await put(RESIDENT_PHOTO, 'image/png')).status).toBe(200);
  });

  it('answers 422 validation when the bytes do not hash to the address', async () => {
    const result = await put(pngBytes(3), 'image/png', north, sha256Of(pngBytes(4)));
    expect(result.status).toBe(422);
    expect(Problem.parse(result.json).code).toBe('validation');
    const badAddress = await put(pngBytes(3), 'image/png', north, 'NOT-A-HASH');
    expect(badAddress.status).toBe(422);
  });

  it('answers 415 when the bytes are not an image of the declared type, or the type is not accepted', async () => {
    const mislabelled = await put(jpegBytes, 'image/png');
    expect(mislabelled.status).toBe(415);
    expect(Problem.parse(mislabelled.json).code).toBe('unsupported_media_type');
    expect((await put(gifBytes, 'image/gif')).status).toBe(415);
    expect((await put(Buffer.from('just text, not a picture'), 'image/jpeg')).status).toBe(415);
    expect((await put(pngBytes(5), 'application/octet-stream')).status).toBe(415);
  });

  it('answers 413 payload_too_large for a photo over 10 MiB, properly, and keeps the connection usable', async () => {
    const huge = Buffer.alloc(PHOTO_MAX_BYTES + 1, 7);
    const result = await put(huge, 'image/jpeg');
    expect(result.status).toBe(413);
    expect(result.headers.get('content-type')).toContain('application/problem+json');
    expect(Problem.parse(result.json).code).toBe('payload_too_large');
    // Exactly 10 MiB is accepted as far as size goes (then refused for not being an image).
    const limit = Buffer.alloc(PHOTO_MAX_BYTES, 7);
    expect((await put(limit, 'image/jpeg')).status).toBe(415);
  });

  it('HEAD: 200 when reachable (own upload, resident photo of own issue), 404 otherwise', async () => {
    const head = (bytes: Buffer, token: string) => city.call('HEAD', `/photos/${sha256Of(bytes)}`, { token });
    expect((await head(NORTH_UPLOAD, north)).status).toBe(200);
    expect((await head(RESIDENT_PHOTO, north)).status).toBe(200);
    expect((await head(SOUTH_RESIDENT_PHOTO, north)).status).toBe(404);
    expect((await head(NORTH_UPLOAD, south)).status).toBe(404);
    expect((await head(pngBytes(404), north)).status).toBe(404);
    expect((await city.call('HEAD', '/photos/zzz', { token: north })).status).toBe(404);
    expect((await city.call('HEAD', `/photos/${sha256Of(NORTH_UPLOAD)}`)).status).toBe(401);
  });

  it('GET: the bytes with ETag and a long Cache-Control; If-None-Match gives 304; scoped like HEAD', async () => {
    const sha256 = sha256Of(NORTH_UPLOAD);
    const response = await fetch(`${city.baseUrl}/photos/${sha256}`, {
      headers: { authorization: `Bearer ${north}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('etag')).toBe(`"${sha256}"`);
    expect(response.headers.get('cache-control')).toMatch(/max-age=31536000/);
    expect(Buffer.from(await response.arrayBuffer()).equals(NORTH_UPLOAD)).toBe(true);

    const cached = await city.call('GET', `/photos/${sha256}`, {
      token: north,
      headers: { 'if-none-match': `"${sha256}"` },
    });
    expect(cached.status).toBe(304);
    expect(cached.text).toBe('');
    expect((await city.call('GET', `/photos/${sha256}`, { token: south })).status).toBe(404);
    expect(
      (await city.call('GET', `/photos/${sha256Of(SOUTH_RESIDENT_PHOTO)}`, { token: south })).status,
    ).toBe(200);
  });
});
