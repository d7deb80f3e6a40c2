// npm run bench:sync — a full first pull of 50,000 issues (the open work, then the change feed)
// from the reference city server into a fresh IndexedDB in Chromium, run in a worker as the
// app's pull is, against a raw Dexie bulkPut of the same records in the same worker.
import { benchLine, launchChromium, serveBenchPage } from './lib/browser';
import { startBenchCity } from './lib/city';

// The bench world gives the dispatcher's company about 85% of its issues: 59,000 in all
// leave a little over 50,000 for the pull.
const issues = Number(process.env.BENCH_SYNC_ISSUES ?? 59_000);
const page = await serveBenchPage('sync');
const city = await startBenchCity({ issues, cors: page.url });
const browser = await launchChromium();
try {
  console.log(`city seeded with ${issues} issues in ${(city.seededInMs / 1000).toFixed(1)} s`);
  const tab = await browser.newPage();
  tab.on('pageerror', (error) => console.error(error));
  await tab.goto(`${page.url}/page.html`);
  await tab.waitForFunction(() => typeof window.runSyncBench === 'function');
  const result = await tab.evaluate((serverUrl) => window.runSyncBench(serverUrl), city.url);
  const ratio = result.pullMs / result.bulkPutMs;
  const perSecond = Math.round(result.issues / (result.pullMs / 1000));
  console.log(
    `the feed: ${result.changes} changes (${result.issues} issues, ${result.reports} reports, ${result.ratings} ratings)`,
  );
  console.log(`pulled ${result.issues} issues in ${Math.round(result.pullMs)} ms (${perSecond} issues/s)`);
  console.log(`the feed alone (fetch and parse, no writes): ${Math.round(result.fetchOnlyMs)} ms`);
  // How well the sync status foretold the end: issues expected and time left, against what came.
  for (const step of result.progress) {
    const left = step.doneInMs === null ? '–' : `${(step.doneInMs / 1000).toFixed(1)} s`;
    const actual = ((result.pullMs - step.atMs) / 1000).toFixed(1);
    console.log(
      `  at ${(step.atMs / 1000).toFixed(1)} s (${step.stage}): ${step.received} issues in, about ${step.expected ?? '–'} expected (${result.issues} came), ${left} left foretold (${actual} s it took)`,
    );
  }
  console.log(
    `raw Dexie bulkPut of the same records (issues, reports, ratings): ${Math.round(result.bulkPutMs)} ms`,
  );
  console.log(
    `UI thread: longest task ${Math.round(result.longestTaskMs)} ms, ${result.longTasks} tasks over 50 ms (target: none over 100 ms)`,
  );
  console.log(`target ratio ≤ 1.5: ${ratio <= 1.5 ? 'met' : 'NOT met'}`);
  console.log(
    benchLine(
      'sync',
      ratio,
      `pull ${Math.round(result.pullMs)} ms / raw bulkPut ${Math.round(result.bulkPutMs)} ms`,
      perSecond,
      'issues/s',
    ),
  );
} finally {
  await browser.close();
  await page.stop();
  city.stop();
}
