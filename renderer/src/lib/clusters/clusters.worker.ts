import { ClusterJobs } from './cluster-jobs';
import type { ClusterReply, ClusterRequest } from './protocol';

// The clusters' worker: clustering the replica's open issues and keeping the clusters fresh
// as changes arrive, off the UI thread.

/** The part of DedicatedWorkerGlobalScope used here (the renderer is typed against the DOM library). */
interface ClusterWorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<ClusterRequest>) => void): void;
  postMessage(message: ClusterReply): void;
}

const scope: ClusterWorkerScope = self;
const jobs = new ClusterJobs();

// One job at a time, in order: a change is applied to the index the previous one left.
let queue: Promise<void> = Promise.resolve();

scope.addEventListener('message', ({ data: { id, job } }) => {
  queue = queue.then(async () => {
    try {
      scope.postMessage({ id, ok: true, ...(await jobs.run(job)) });
    } catch (error) {
      scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  });
});
