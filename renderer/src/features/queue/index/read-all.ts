import type { DeskDb } from '../../../db/database';
import type { IssueRecord } from '../../../db/records';
import { toQueueRow } from '../model/queue-row';
import type { ReadReply, ReadRequest, RowChunk } from './read-protocol';

// Two ways to read every issue of the replica as queue rows, chunk by chunk: in a worker (the
// app), or here on the UI thread with a yield between chunks (tests, and a worker that failed).

export interface ReadAllSink {
  total(total: number): void;
  chunk(chunk: RowChunk): void;
}

export interface ReadAll {
  readonly done: Promise<void>;
  /** Stops reading; `done` then resolves without more chunks. */
  cancel(): void;
}

export function readAllHere(
  db: DeskDb,
  chunkSize: number,
  yieldToUi: () => Promise<void>,
  sink: ReadAllSink,
): ReadAll {
  let cancelled = false;
  const done = (async () => {
    sink.total(await db.issues.count());
    let after: string | null = null;
    while (!cancelled) {
      const chunk: IssueRecord[] =
        after === null
          ? await db.issues.orderBy(':id').limit(chunkSize).toArray()
          : await db.issues.where(':id').above(after).limit(chunkSize).toArray();
      if (cancelled) return;
      sink.chunk({ rows: chunk.map(toQueueRow), words: null });
      const last = chunk.at(-1);
      if (chunk.length < chunkSize || !last) return;
      after = last.id;
      await yieldToUi();
    }
  })();
  return { done, cancel: () => (cancelled = true) };
}

/** Reads in a worker started for this read alone; `done` rejects if the worker fails. */
export function readAllInWorker(startWorker: () => Worker, request: ReadRequest, sink: ReadAllSink): ReadAll {
  const worker = startWorker();
  let finish: () => void = () => {};
  const done = new Promise<void>((resolve, reject) => {
    finish = () => {
      worker.terminate();
      resolve();
    };
    const fail = (detail: string) => {
      worker.terminate();
      reject(new Error(`the queue's read worker failed: ${detail}`));
    };
    worker.addEventListener('message', ({ data }: MessageEvent<ReadReply>) => {
      if (data.kind === 'total') sink.total(data.total);
      else if (data.kind === 'chunk') sink.chunk(data.chunk);
      else if (data.kind === 'done') finish();
      else fail(data.detail);
    });
    worker.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault();
      fail(event.message || 'it could not be started');
    });
    worker.addEventListener('messageerror', () => fail('a message could not be read'));
  });
  worker.postMessage(request);
  return { done, cancel: () => finish() };
}
