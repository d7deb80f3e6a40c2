import type { RatingsQuery, RatingsReport } from '../compute/compute';
import type { DeskDb } from '../../../db/database';
import { createRatingsJobRunner, type RatingsJobRunner } from './jobs';
import { createWorkerRpc } from '../../../lib/worker-rpc';
import type { CsvRequest, RatingsAnswer, RatingsJob, RatingsReply, RatingsSource } from './protocol';

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

/** The figures in a Web Worker: the UI thread only posts the question and receives the answer. */
export function createWorkerRatingsClient(startWorker: () => Worker = startRatingsWorker): RatingsClient {
  const rpc = createWorkerRpc<RatingsJob, RatingsReply, RatingsAnswer>({
    startWorker,
    name: 'ratings',
    settle: (reply) =>
      reply.ok ? { ok: true, answer: reply } : { ok: false, error: new Error(reply.message) },
    lost: (detail) => new Error(detail),
  });
  const ask = (job: RatingsJob): Promise<RatingsAnswer> => rpc.ask(job);

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
    dispose: () => rpc.stop('the ratings worker was stopped'),
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
