import type { WorkerRequest } from '../../renderer/src/lib/worker-rpc';
import { runPull, type PullRunResult } from './pull-run';

// The bench's pull worker: a question is the city's address, its answer the run's result,
// through the app's worker protocol (lib/worker-rpc.ts).

export type PullRunReply =
  { id: number; ok: true; result: PullRunResult } | { id: number; ok: false; message: string };

/** The part of DedicatedWorkerGlobalScope used here (the bench is typed against the DOM library). */
interface BenchWorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest<string>>) => void): void;
  postMessage(message: PullRunReply): void;
}
const scope = self as unknown as BenchWorkerScope;
scope.addEventListener('message', ({ data: { id, job: serverUrl } }) => {
  runPull(serverUrl).then(
    (result) => scope.postMessage({ id, ok: true, result }),
    (error: unknown) => scope.postMessage({ id, ok: false, message: String(error) }),
  );
});
