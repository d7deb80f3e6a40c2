import { PhotoError } from './errors';
import type { PhotoJob, PhotoJobKind, PhotoJobResults, PhotoReply, PhotoRequest } from './protocol';
import type { ProcessedPhoto, ProcessPhotoOptions, RedactionRect } from './types';

/** What the editor calls; the work happens in the photo worker. Failures reject with a PhotoError. */
export interface PhotoPipeline {
  process(file: Blob, options?: ProcessPhotoOptions): Promise<ProcessedPhoto>;
  /** A new photo with the rectangles blurred; capture time, name and warnings carried over. */
  redact(photo: ProcessedPhoto, rects: readonly RedactionRect[]): Promise<ProcessedPhoto>;
  /** Stops the worker; jobs under way reject. The next call starts a new one. */
  dispose(): void;
}

// Written out in full where it is used: Vite finds and bundles the worker only by this exact shape.
const startPhotoWorker = (): Worker =>
  new Worker(new URL('./photo.worker.ts', import.meta.url), { type: 'module', name: 'photo-pipeline' });

interface PendingJob {
  resolve: (value: PhotoJobResults[PhotoJobKind]) => void;
  reject: (error: PhotoError) => void;
}

export function createPhotoPipeline(startWorker: () => Worker = startPhotoWorker): PhotoPipeline {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, PendingJob>();

  const failAll = (detail: string): void => {
    for (const job of pending.values()) job.reject(new PhotoError({ code: 'internal', detail }));
    pending.clear();
  };

  const stop = (detail: string): void => {
    worker?.terminate();
    worker = undefined;
    failAll(detail);
  };

  // Started on first use, so merely importing the editor costs nothing.
  const ensureWorker = (): Worker => {
    if (worker) return worker;
    const started = startWorker();
    started.addEventListener('message', (event: MessageEvent<PhotoReply>) => {
      const reply = event.data;
      const job = pending.get(reply.id);
      if (!job) return;
      pending.delete(reply.id);
      if (reply.ok) job.resolve(reply.value);
      else job.reject(new PhotoError(reply.failure));
    });
    // A worker that failed to load or crashed answers nothing more: fail its jobs rather than hang.
    started.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault();
      stop(`the photo worker failed: ${event.message || 'it could not be started'}`);
    });
    started.addEventListener('messageerror', () => stop('a message from the photo worker could not be read'));
    worker = started;
    return started;
  };

  function run<K extends PhotoJobKind>(job: Extract<PhotoJob, { kind: K }>): Promise<PhotoJobResults[K]> {
    return new Promise<PhotoJobResults[K]>((resolve, reject) => {
      const id = nextId;
      nextId += 1;
      // The worker answers a job of kind K with that kind's result; the map of kinds says which.
      pending.set(id, { resolve: (value) => resolve(value as PhotoJobResults[K]), reject });
      const request: PhotoRequest = { id, job };
      ensureWorker().postMessage(request);
    });
  }

  return {
    process: (file, options = {}) => run<'process'>({ kind: 'process', input: file, options }),
    redact: async (photo, rects) => {
      const redacted = await run<'redact'>({ kind: 'redact', input: photo.blob, rects: [...rects] });
      return { ...photo, ...redacted };
    },
    dispose: () => stop('the photo pipeline was stopped'),
  };
}

/** The renderer's one photo pipeline. */
export const photoPipeline: PhotoPipeline = createPhotoPipeline();
