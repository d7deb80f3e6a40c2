import { createWorkerRpc } from '../../../lib/worker-rpc';
import { PhotoError } from './errors';
import type { PhotoJob, PhotoJobKind, PhotoJobResults, PhotoReply } from './protocol';
import type { SamePlaceResult } from '../same-place/compare';
import type { ProcessedPhoto, ProcessPhotoOptions, RedactionRect, SamePlaceInput } from './types';

/** What the editor calls; the work happens in the photo worker. Failures reject with a PhotoError. */
export interface PhotoPipeline {
  process(file: Blob, options?: ProcessPhotoOptions): Promise<ProcessedPhoto>;
  /** A new photo with the rectangles blurred; capture time, name and warnings carried over. */
  redact(photo: ProcessedPhoto, rects: readonly RedactionRect[]): Promise<ProcessedPhoto>;
  /** Whether the after-photo shows the place of the resident's photo (same-place/compare.ts). */
  compareSamePlace(input: SamePlaceInput): Promise<SamePlaceResult>;
  /**
   * Starts the worker and loads the face model ahead of the first photo: starting a module
   * worker holds the UI thread (hundreds of milliseconds on a busy machine), better spent while
   * the supervisor reads the editor than when they pick a photo.
   */
  prepare(): Promise<void>;
  /** Stops the worker; jobs under way reject. The next call starts a new one. */
  dispose(): void;
}

// Written out in full where it is used: Vite finds and bundles the worker only by this exact shape.
const startPhotoWorker = (): Worker =>
  new Worker(new URL('./photo.worker.ts', import.meta.url), { type: 'module', name: 'photo-pipeline' });

export function createPhotoPipeline(startWorker: () => Worker = startPhotoWorker): PhotoPipeline {
  const rpc = createWorkerRpc<PhotoJob, PhotoReply, PhotoJobResults[PhotoJobKind]>({
    startWorker,
    name: 'photo',
    settle: (reply) =>
      reply.ok ? { ok: true, answer: reply.value } : { ok: false, error: new PhotoError(reply.failure) },
    lost: (detail) => new PhotoError({ code: 'internal', detail }),
  });

  // The worker answers a job of kind K with that kind's result; the map of kinds says which.
  const run = async <K extends PhotoJobKind>(
    job: Extract<PhotoJob, { kind: K }>,
  ): Promise<PhotoJobResults[K]> => (await rpc.ask(job)) as PhotoJobResults[K];

  return {
    process: (file, options = {}) => run<'process'>({ kind: 'process', input: file, options }),
    redact: async (photo, rects) => {
      const redacted = await run<'redact'>({ kind: 'redact', input: photo.blob, rects: [...rects] });
      return { ...photo, ...redacted };
    },
    compareSamePlace: (input) => run<'compare'>({ kind: 'compare', ...input }),
    prepare: async () => {
      rpc.start();
      await run<'prepare'>({ kind: 'prepare' });
    },
    dispose: () => rpc.stop('the photo pipeline was stopped'),
  };
}

/** The renderer's one photo pipeline. */
export const photoPipeline: PhotoPipeline = createPhotoPipeline();
