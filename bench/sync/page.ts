import { createWorkerRpc } from '../../renderer/src/lib/worker-rpc';
import type { PullRunResult } from './pull-run';
import type { PullRunReply } from './pull.worker';

// Runs in Chromium: the first pull runs in a worker as the app's does (pull-run.ts), and the
// page counts the long tasks of its own UI thread meanwhile.

export interface SyncBenchResult extends PullRunResult {
  longestTaskMs: number;
  longTasks: number;
}

const pullWorker = createWorkerRpc<string, PullRunReply, PullRunResult>({
  startWorker: () => new Worker(new URL('./pull.worker.ts', import.meta.url), { type: 'module' }),
  name: 'bench pull',
  settle: (reply) =>
    reply.ok ? { ok: true, answer: reply.result } : { ok: false, error: new Error(reply.message) },
  lost: (detail) => new Error(detail),
});

async function run(serverUrl: string): Promise<SyncBenchResult> {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  try {
    const result = await pullWorker.ask(serverUrl);
    return { ...result, longestTaskMs: Math.max(0, ...longTasks), longTasks: longTasks.length };
  } finally {
    observer.disconnect();
    pullWorker.stop('the bench is done');
  }
}

declare global {
  interface Window {
    runSyncBench: (serverUrl: string) => Promise<SyncBenchResult>;
  }
}
window.runSyncBench = run;
