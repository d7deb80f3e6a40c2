import type { DeskDb } from '../../../db/database';
import { createWorkerRpc, type WorkerRpc } from '../../../lib/worker-rpc';
import type { RiskFlag } from '../compute/types';
import { atRiskIssues } from '../query';
import type { RiskJob, RiskReply } from './protocol';

// Written out in full where it is used: Vite finds and bundles the worker only by this exact shape.
const startRiskWorker = (): Worker =>
  new Worker(new URL('./risk.worker.ts', import.meta.url), { type: 'module', name: 'risk' });

let rpc: WorkerRpc<RiskJob, RiskFlag[]> | null = null;
const riskRpc = (): WorkerRpc<RiskJob, RiskFlag[]> =>
  (rpc ??= createWorkerRpc<RiskJob, RiskReply, RiskFlag[]>({
    startWorker: startRiskWorker,
    name: 'risk',
    settle: (reply) =>
      reply.ok ? { ok: true, answer: reply.flags } : { ok: false, error: new Error(reply.message) },
    lost: (detail) => new Error(detail),
  }));

interface Asking {
  running: Promise<RiskFlag[]>;
  /** The newest question asked while one runs; earlier waiting ones share its answer. */
  next: { now: number; answer: Promise<RiskFlag[]> } | null;
}
const asking = new WeakMap<DeskDb, Asking>();

async function computeFlags(db: DeskDb, now: number): Promise<RiskFlag[]> {
  if (typeof Worker === 'undefined') return atRiskIssues(db, now);
  try {
    return await riskRpc().ask({ dbName: db.name, now });
  } catch (error) {
    console.warn('The risk model runs on the UI thread', error);
    return atRiskIssues(db, now);
  }
}

/**
 * The replica's issues at risk at `now`, worked out in a worker (on this thread where there are
 * no workers, as in tests). One question a database at a time: asked again while one runs (a
 * first pull writes all the time), the newest question waits and the ones in between get its answer.
 */
export function riskFlagsOf(db: DeskDb, now: number): Promise<RiskFlag[]> {
  const current = asking.get(db);
  if (!current) {
    const state: Asking = { running: computeFlags(db, now), next: null };
    asking.set(db, state);
    const done = (): void => {
      const next = state.next;
      state.next = null;
      if (next === null) {
        asking.delete(db);
        return;
      }
      state.running = next.answer;
      void state.running.then(done, done);
    };
    void state.running.then(done, done);
    return state.running;
  }
  if (current.next) {
    current.next.now = now;
    return current.next.answer;
  }
  const waiting: { now: number; answer: Promise<RiskFlag[]> } = { now, answer: Promise.resolve([]) };
  waiting.answer = current.running.then(
    () => computeFlags(db, waiting.now),
    () => computeFlags(db, waiting.now),
  );
  current.next = waiting;
  return waiting.answer;
}
