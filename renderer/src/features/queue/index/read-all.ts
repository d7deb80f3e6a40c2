import type { DeskDb } from '../../../db/database';
import type { IssueRecord } from '../../../db/records';
import { toQueueRow } from '../model/queue-row';
import type { WordIndex } from '../model/word-index';
import { IDS_PER_READ } from './queue-index-parts';
import type { ReadReply, ReadRequest, RowChunk } from './read-protocol';

// Two ways to read the replica's issues as queue rows, chunk by chunk, every one or those named:
// in a worker (the app), or here on the UI thread (tests, a few issues, a worker that failed).

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

/** The issues of `ids` that are there, read here `perRead` at a time. */
export function readIdsHere(db: DeskDb, ids: readonly string[], perRead: number, sink: ReadAllSink): ReadAll {
  let cancelled = false;
  const done = (async () => {
    for (let start = 0; start < ids.length && !cancelled; start += perRead) {
      const issues = await db.issues.bulkGet(ids.slice(start, start + perRead));
      if (cancelled) return;
      sink.chunk({ rows: issues.flatMap((issue) => (issue ? [toQueueRow(issue)] : [])), words: null });
    }
  })();
  return { done, cancel: () => (cancelled = true) };
}

/** Reads in a worker started for this read alone; `done` rejects if the worker fails. */
export function readInWorker(startWorker: () => Worker, request: ReadRequest, sink: ReadAllSink): ReadAll {
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

export interface RowSource {
  db: DeskDb;
  /** Issues read in one go when reading them all; here the UI gets the thread back between reads. */
  chunkSize: number;
  yieldToUi: () => Promise<void>;
  /** The UI thread's words, from which a worker reading every issue numbers theirs. */
  words: WordIndex;
  /** The read worker, when the app gives one. */
  startWorker?: () => Worker;
}

/**
 * Every issue (`ids` null) or those named, as rows: in the read worker when there is one (a few
 * issues are read here at once, sooner than a worker starts); a worker that fails leaves the read
 * to this thread, which puts again what it had sent (after `restart`).
 */
export function readRows(
  source: RowSource,
  ids: readonly string[] | null,
  sink: ReadAllSink,
  restart: () => void = () => {},
): ReadAll {
  const { db, chunkSize, yieldToUi, startWorker } = source;
  const here = () =>
    ids ? readIdsHere(db, ids, IDS_PER_READ, sink) : readAllHere(db, chunkSize, yieldToUi, sink);
  if (!startWorker || (ids !== null && ids.length <= IDS_PER_READ)) return here();
  const request = ids
    ? { dbName: db.name, chunkSize, words: '', ids }
    : { dbName: db.name, chunkSize, words: source.words.text() };
  let current = readInWorker(startWorker, request, sink);
  let cancelled = false;
  const done = current.done.catch((error: unknown) => {
    if (cancelled) return;
    console.warn('The queue reads the replica on the UI thread', error);
    restart();
    current = here();
    return current.done;
  });
  return {
    done,
    cancel: () => {
      cancelled = true;
      current.cancel();
    },
  };
}
