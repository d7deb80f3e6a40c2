import { createRatingsJobRunner, openForEachRead, runRatingsJob } from './jobs';
import type { RatingsReply, RatingsRequest } from './protocol';

// The ratings worker: reading a year of the replica out of IndexedDB and working out every
// figure takes long enough to freeze scrolling and typing on the UI thread.

/**
 * The part of DedicatedWorkerGlobalScope used here. The renderer is typed against the DOM library;
 * referencing the WebWorker library would redeclare the DOM's globals for the whole program.
 */
interface RatingsWorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<RatingsRequest>) => void): void;
  postMessage(message: RatingsReply): void;
}

const scope: RatingsWorkerScope = self;
const runner = createRatingsJobRunner(openForEachRead);

// One job at a time, in order: a period switched twice quickly is answered twice, in turn,
// and both share one read of the replica.
let queue: Promise<void> = Promise.resolve();

scope.addEventListener('message', ({ data: { id, job } }) => {
  queue = queue.then(async () => {
    try {
      scope.postMessage({ id, ok: true, ...(await runRatingsJob(runner, job)) });
    } catch (error) {
      scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  });
});
