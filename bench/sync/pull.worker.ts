import { runPull } from './pull-run';

// The bench's pull worker: one run per message, its result or its error posted back.
interface BenchWorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<{ serverUrl: string }>) => void): void;
  postMessage(message: unknown): void;
}
const scope = self as unknown as BenchWorkerScope;
scope.addEventListener('message', ({ data }) => {
  runPull(data.serverUrl).then(
    (result) => scope.postMessage({ ok: true, result }),
    (error: unknown) => scope.postMessage({ ok: false, error: String(error) }),
  );
});
