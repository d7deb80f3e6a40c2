import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDb, type DeskDb } from '../../../../db/database';
import { takeInPhotos } from '../../photo-intake';
import type { PhotoPipeline } from '../client';
import { processPhoto } from '../pipeline';
import { canDrawOffscreen, fixture } from '../test/images';
import photoUrl from '../../../../../../tests/fixtures/faces/face-api-sample3.jpg?url';

// A face detector that cannot start (its model or WebAssembly refused): the photo still goes
// into the report, unblurred, and its record says so, which the checks before sending show as
// «Лица не проверены» (PreSendChecks.test.tsx). The pipeline runs on this thread here, so the
// model module can be replaced by one that fails as a broken load does.
vi.mock('./face-model', () => ({
  locateFaces: () => Promise.reject(new Error('WebAssembly.instantiate(): the face model failed to compile')),
}));

const inRealBrowser = canDrawOffscreen();
/** The pipeline of the editor, run on this thread so that the mocked model is the one it loads. */
const onThisThread = { process: processPhoto } as Pick<PhotoPipeline, 'process'> as PhotoPipeline;

describe.runIf(inRealBrowser)('a face detector that fails', () => {
  let db: DeskDb | undefined;
  afterEach(() => {
    db?.close();
    db = undefined;
  });

  it('lets the photo in unblurred, marked as not checked for faces, and rejects nothing', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const file = await fixture(photoUrl, 'people.jpg', 'image/jpeg');
    const processed = await processPhoto(file, { blurFaces: true });
    expect(processed.warnings).toContain('faces_unchecked');
    expect(processed.faces).toBeUndefined();
    expect(errors).toHaveBeenCalledWith('Faces could not be looked for', expect.any(Error));

    db = createDb({ name: `detector-failure-${crypto.randomUUID()}` });
    const result = await takeInPhotos(db, [file], 0, '2026-03-20T09:00:00+03:00', onThisThread);
    expect(result.failures).toEqual([]);
    expect(result.added).toHaveLength(1);
    const kept = await db.photos.get(result.added[0]?.sha256 ?? '');
    expect(kept?.facesUnchecked).toBe(true);
    expect(kept?.redaction ?? null).toBeNull();
    errors.mockRestore();
  });
});
