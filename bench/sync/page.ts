import type { PullRunResult } from './pull-run';

// Runs in Chromium: the first pull runs in a worker as the app's does (pull-run.ts), and the
// page counts the long tasks of its own UI thread meanwhile.

export interface SyncBenchResult extends PullRunResult {
  longestTaskMs: number;
  longTasks: number;
}

type WorkerAnswer = { ok: true; result: PullRunResult } | { ok: false; error: string };

async function run(serverUrl: string): Promise<SyncBenchResult> {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const worker = new Worker(new URL('./pull.worker.ts', import.meta.url), { type: 'module' });
  try {
    const answer = await new Promise<WorkerAnswer>((resolve, reject) => {
      worker.addEventListener('message', ({ data }: MessageEvent<WorkerAnswer>) => resolve(data));
      worker.addEventListener('error', (event) => reject(new Error(event.message)));
      worker.postMessage({ serverUrl });
    });
    if (!answer.ok) throw new Error(answer.error);
    return { ...answer.result, longestTaskMs: Math.max(0, ...longTasks), longTasks: longTasks.length };
  } finally {
    observer.disconnect();
    worker.terminate();
  }
}

declare global {
  interface Window {
    runSyncBench: (serverUrl: string) => Promise<SyncBenchResult>;
  }
}
window.runSyncBench = run;
