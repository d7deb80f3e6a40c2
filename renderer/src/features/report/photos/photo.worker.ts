import { isPhotoError } from './errors';
import type { PhotoFailure } from './errors';
import { processPhoto } from './pipeline';
import type { PhotoJob, PhotoJobResults, PhotoReply, PhotoRequest } from './protocol';
import { redact } from './redact';
import { compareSamePlace } from './same-place';
import { prepareFaceDetector } from './faces/detect';

// The photo worker: decoding a 12 MP photo, resampling and encoding take a few hundred
// milliseconds each time, which on the UI thread would freeze typing and scrolling.

/**
 * The part of DedicatedWorkerGlobalScope used here. The renderer is typed against the DOM library;
 * referencing the WebWorker library would redeclare the DOM's globals for the whole program.
 */
interface PhotoWorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<PhotoRequest>) => void): void;
  postMessage(message: PhotoReply): void;
}

const scope = self as unknown as PhotoWorkerScope;

function runJob(job: PhotoJob): Promise<PhotoJobResults[PhotoJob['kind']]> {
  switch (job.kind) {
    case 'process':
      return processPhoto(job.input, job.options);
    case 'redact':
      return redact(job.input, job.rects);
    case 'compare':
      return compareSamePlace(job);
    case 'prepare':
      return prepareFaceDetector().then(() => null);
  }
}

const failureOf = (error: unknown): PhotoFailure =>
  isPhotoError(error)
    ? error.failure
    : { code: 'internal', detail: error instanceof Error ? error.message : String(error) };

// One job at a time: ten photos dropped at once would otherwise hold ten 48 MB bitmaps and
// finish all together late instead of one by one.
let queue: Promise<void> = Promise.resolve();

scope.addEventListener('message', ({ data: { id, job } }) => {
  queue = queue.then(async () => {
    try {
      scope.postMessage({ id, ok: true, value: await runJob(job) });
    } catch (error) {
      scope.postMessage({ id, ok: false, failure: failureOf(error) });
    }
  });
});
