import type { RatingsQuery, RatingsReport } from '../compute/compute';
import type { DeskDb } from '../../../db/database';
import { createRatingsJobRunner, type RatingsJobRunner } from './jobs';
import type {
  CsvRequest,
  RatingsAnswer,
  RatingsJob,
  RatingsReply,
  RatingsRequest,
  RatingsSource,
} from './protocol';

/** What the screen calls; where the work happens is the client's business. */
export interface RatingsClient {
  report(source: RatingsSource, query: RatingsQuery): Promise<RatingsReport>;
  csv(source: RatingsSource, request: CsvRequest): Promise<string>;
  /** Stops a worker; jobs under way reject. */
  dispose(): void;
}

// Written out in full where it is used: Vite finds and bundles the worker only by this exact shape.
const startRatingsWorker = (): Worker =>
  new Worker(new URL('./ratings.worker.ts', import.meta.url), { type: 'module', name: 'ratings' });

interface PendingJob {
  resolve: (answer: RatingsAnswer) => void;
  reject: (error: Error) => void;
}

/** The figures in a Web Worker: the UI thread only posts the question and receives the answer. */
export function createWorkerRatingsClient(startWorker: () => Worker = startRatingsWorker): RatingsClient {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, PendingJob>();

  const stop = (reason: string): void => {
    worker?.terminate();
    worker = undefined;
    for (const job of pending.values()) job.reject(new Error(reason));
    pending.clear();
  };

  const ensureWorker = (): Worker => {
    if (worker) return worker;
    const started = startWorker();
    started.addEventListener('message', (event: MessageEvent<RatingsReply>) => {
      const reply = event.data;
      const job = pending.get(reply.id);
      if (!job) return;
      pending.delete(reply.id);
      if (reply.ok) job.resolve(reply);
      else job.reject(new Error(reply.message));
    });
    // A worker that failed to load or crashed answers nothing more: fail its jobs rather than hang.
    started.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault();
      stop(`the ratings worker failed: ${event.message || 'it could not be started'}`);
    });
    started.addEventListener('messageerror', () =>
      stop('a message from the ratings worker could not be read'),
    );
    worker = started;
    return started;
  };

  const ask = (job: RatingsJob): Promise<RatingsAnswer> =>
    new Promise((resolve, reject) => {
      const id = nextId;
      nextId += 1;
      pending.set(id, { resolve, reject });
      const request: RatingsRequest = { id, job };
      ensureWorker().postMessage(request);
    });

  return {
    report: async (source, query) => {
      const answer = await ask({ kind: 'report', source, query });
      if (answer.kind !== 'report') throw new Error('the ratings worker answered a report with a file');
      return answer.value;
    },
    csv: async (source, request) => {
      const answer = await ask({ kind: 'csv', source, ...request });
      if (answer.kind !== 'csv') throw new Error('the ratings worker answered a file with a report');
      return answer.value;
    },
    dispose: () => stop('the ratings worker was stopped'),
  };
}

/**
 * The same work on the UI thread, for a replica small enough that a worker's start-up costs
 * more, reading the workspace's own open database.
 */
export function createInlineRatingsClient(db: DeskDb): RatingsClient {
  const runner: RatingsJobRunner = createRatingsJobRunner((_name, read) => read(db));
  return {
    report: (source, query) => runner.report(source, query),
    csv: (source, request) => runner.csv(source, request),
    dispose: () => undefined,
  };
}

/** Below this many issues the figures take a few milliseconds: no worker is started for them. */
export const WORKER_THRESHOLD_ISSUES = 1000;

export const wantsWorker = (issueCount: number): boolean =>
  issueCount >= WORKER_THRESHOLD_ISSUES && typeof Worker !== 'undefined';

export function createRatingsClient(db: DeskDb, inWorker: boolean): RatingsClient {
  return inWorker ? createWorkerRatingsClient() : createInlineRatingsClient(db);
}
