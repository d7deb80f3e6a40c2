import { runPull } from './pull-run';

// The bench's pull worker: one run per message, its result or its error posted back.
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.addEventListener('message', ({ data }: MessageEvent<{ serverUrl: string }>) => {
  runPull(data.serverUrl).then(
    (result) => scope.postMessage({ ok: true, result }),
    (error: unknown) => scope.postMessage({ ok: false, error: String(error) }),
  );
});
