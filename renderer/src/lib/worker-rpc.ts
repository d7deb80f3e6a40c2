// Questions to a Web Worker and their answers, matched by id: `{id, job}` goes in, a reply
// carrying the same `id` comes back. The worker starts on the first question, so merely
// importing a client costs nothing; a worker that failed to load or crashed answers nothing
// more, so its questions fail rather than hang, and the next question starts a new one.

export interface WorkerRpcOptions<Reply extends { id: number }, Answer> {
  /** Written out in full by the caller: Vite finds and bundles a worker only by `new Worker(new URL(…))`. */
  startWorker: () => Worker;
  /** The worker's name in failure messages ("the photo worker failed: …"). */
  name: string;
  /** The answer a reply carries, or the error it reports. */
  settle: (reply: Reply) => { ok: true; answer: Answer } | { ok: false; error: Error };
  /** The error of a question the worker will never answer. */
  lost: (detail: string) => Error;
}

export interface WorkerRpc<Job, Answer> {
  ask(job: Job): Promise<Answer>;
  /** Starts the worker before the first question, when the moment suits the screen. */
  start(): void;
  /** Stops the worker; questions under way fail with `lost(reason)`. */
  stop(reason: string): void;
}

export interface WorkerRequest<Job> {
  id: number;
  job: Job;
}

export function createWorkerRpc<Job, Reply extends { id: number }, Answer>(
  options: WorkerRpcOptions<Reply, Answer>,
): WorkerRpc<Job, Answer> {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, { resolve: (answer: Answer) => void; reject: (error: Error) => void }>();

  const stop = (reason: string): void => {
    worker?.terminate();
    worker = undefined;
    for (const question of pending.values()) question.reject(options.lost(reason));
    pending.clear();
  };

  const ensureWorker = (): Worker => {
    if (worker) return worker;
    const started = options.startWorker();
    started.addEventListener('message', (event: MessageEvent<Reply>) => {
      const reply = event.data;
      const question = pending.get(reply.id);
      if (!question) return;
      pending.delete(reply.id);
      const settled = options.settle(reply);
      if (settled.ok) question.resolve(settled.answer);
      else question.reject(settled.error);
    });
    started.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault();
      stop(`the ${options.name} worker failed: ${event.message || 'it could not be started'}`);
    });
    started.addEventListener('messageerror', () =>
      stop(`a message from the ${options.name} worker could not be read`),
    );
    worker = started;
    return started;
  };

  return {
    ask: (job) =>
      new Promise<Answer>((resolve, reject) => {
        const id = nextId;
        nextId += 1;
        pending.set(id, { resolve, reject });
        const request: WorkerRequest<Job> = { id, job };
        ensureWorker().postMessage(request);
      }),
    start: () => void ensureWorker(),
    stop,
  };
}
