// Helpers of the browser tests that a worker's writes reach the window.

export interface WorkerWrite {
  from: number;
  count: number;
  /** In calls of fewer than 50 rows, which Dexie reports key by key. */
  precise: boolean;
  /** Through `announceWrites`, as the pull worker writes. */
  announce?: boolean;
}

/** Writes issues `i-<from>`… into the replica `dbName` from a worker of its own; resolves once committed. */
export async function writeInWorker(dbName: string, write: WorkerWrite): Promise<void> {
  const worker = new Worker(new URL('./write-issues.worker.ts', import.meta.url), { type: 'module' });
  try {
    await new Promise<void>((resolve, reject) => {
      worker.addEventListener('message', () => resolve());
      worker.addEventListener('error', (event) => reject(new Error(event.message)));
      worker.postMessage({ dbName, ...write });
    });
  } finally {
    worker.terminate();
  }
}

/** Resolves with the first value `observe` yields that `done` accepts. */
export function firstMatching<T>(
  observe: (next: (value: T) => void) => () => void,
  done: (value: T) => boolean,
): Promise<T> {
  return new Promise<T>((resolve) => {
    const stop = observe((value) => {
      if (!done(value)) return;
      stop();
      resolve(value);
    });
  });
}
