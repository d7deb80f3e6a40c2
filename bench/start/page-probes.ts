// What bench/start.bench.ts runs inside the app's page, as source text: tsx would wrap
// functions handed to Playwright in helpers that do not exist in the page.

export interface StartMarks {
  /** Milliseconds from the navigation to the first frame showing each thing; null until it does. */
  shellAt: number | null;
  firstRowAt: number | null;
  /** The view tabs count every issue: the whole replica is in memory. */
  countedAt: number | null;
  longTasks: { start: number; duration: number }[];
  /** The app's own User Timing measures (the queue's reads), as they stand when the marks are collected. */
  measures?: { name: string; start: number; duration: number }[];
}

/** An init script: watches every animation frame from the start of the document (into `window.__startMarks`). */
export const startMarksScript = `(() => {
  const marks = { shellAt: null, firstRowAt: null, countedAt: null, longTasks: [] };
  window.__startMarks = marks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) marks.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const look = () => {
    const now = performance.now();
    if (marks.shellAt === null && document.querySelector('nav[aria-label]')) marks.shellAt = now;
    if (marks.firstRowAt === null && document.querySelector('[data-testid="queue-row"]')) marks.firstRowAt = now;
    const all = document.querySelector('[data-testid="view-count-all"]')?.textContent ?? '…';
    if (marks.countedAt === null && all !== '…') marks.countedAt = now;
    if (marks.countedAt === null) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})()`;

export interface ReplicaState {
  issues: number;
  running: boolean;
  lastSuccessAt: string | null;
}

/** The signed-in person's replica, read with plain IndexedDB: how many issues, and whether a sync has succeeded. */
export const readReplicaScript = `(async () => {
  const names = (await indexedDB.databases()).map((info) => info.name ?? '');
  const name = names.find((candidate) => candidate.startsWith('gorod-desk/'));
  if (name === undefined) return { issues: 0, running: true, lastSuccessAt: null };
  const ask = (request) =>
    new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const db = await ask(indexedDB.open(name));
  try {
    const tx = db.transaction(['issues', 'meta'], 'readonly');
    const issues = await ask(tx.objectStore('issues').count());
    const status = await ask(tx.objectStore('meta').get('syncStatus'));
    return {
      issues,
      running: status?.value?.running ?? true,
      lastSuccessAt: status?.value?.lastSuccessAt ?? null,
    };
  } finally {
    db.close();
  }
})()`;
