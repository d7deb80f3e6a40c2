import type { WorkerRequest } from '../../../lib/worker-rpc';
import { createDb, type DeskDb } from '../../../db/database';
import { atRiskIssues } from '../query';
import type { RiskJob, RiskReply } from './protocol';

// The «Под угрозой» model off the UI thread: it reads every issue and report of the replica and
// works out deadlines in working hours for each; with 85,000 issues that took seconds in one
// task, and a first pull asks again every few seconds.

/** The part of DedicatedWorkerGlobalScope used here (the renderer is typed against the DOM library). */
interface RiskWorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest<RiskJob>>) => void): void;
  postMessage(message: RiskReply): void;
}

const scope = self as unknown as RiskWorkerScope;
const databases = new Map<string, DeskDb>();
let queue: Promise<void> = Promise.resolve();

scope.addEventListener('message', ({ data: { id, job } }) => {
  queue = queue.then(async () => {
    try {
      let db = databases.get(job.dbName);
      if (!db) {
        db = createDb({ name: job.dbName });
        databases.set(job.dbName, db);
      }
      scope.postMessage({ id, ok: true, flags: await atRiskIssues(db, job.now) });
    } catch (error) {
      scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  });
});
