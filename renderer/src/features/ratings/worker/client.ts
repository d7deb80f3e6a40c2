import type { RatingsFigures, RatingsQuery } from '../compute/compute';
import type { PeriodRepeats } from '../compute/period-repeats';
import type { DeskDb } from '../../../db/database';
import { createRatingsJobRunner, type RatingsJobRunner } from './jobs';
import { createWorkerRpc } from '../../../lib/worker-rpc';
import type { CsvRequest, RatingsAnswer, RatingsJob, RatingsReply, RatingsSource } from './protocol';

/** What the screen calls; where the work happens is the client's business. */
export interface RatingsClient {
  /** Every figure but the repeats: what the screen shows first. */
  report(source: RatingsSource, query: RatingsQuery): Promise<RatingsFigures>;
  /** The period's repeat complaints, asked for after the figures. */
  repeats(source: RatingsSource, query: RatingsQuery): Promise<PeriodRepeats>;
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
      if (answer.kind !== 'report')
        throw new Error(`the ratings worker answered a report with ${answer.kind}`);
      return answer.value;
    },
    repeats: async (source, query) => {
      const answer = await ask({ kind: 'repeats', source, query });
      if (answer.kind !== 'repeats')
        throw new Error(`the ratings worker answered repeats with ${answer.kind}`);
      return answer.value;
    },
    csv: async (source, request) => {
      const answer = await ask({ kind: 'csv', source, ...request });
      if (answer.kind !== 'csv') throw new Error(`the ratings worker answered a file with ${answer.kind}`);
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
    repeats: (source, query) => runner.repeats(source, query),
    csv: (source, request) => runner.csv(source, request),
    dispose: () => undefined,
  };
}

/** Below this many issues the figures take a few milliseconds: no worker is started for them. */
export const WORKER_THRESHOLD_ISSUES = 1000;

export const wantsWorker = (issueCount: number): boolean =>
  issueCount >= WORKER_THRESHOLD_ISSUES && typeof Worker !== 'undefined';
