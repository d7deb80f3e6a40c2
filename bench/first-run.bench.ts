// npm run bench:first-run — a dispatcher's first sign-in against the reference server's bench
// world of 100,000 issues (the dispatcher's company holds about 85,000), in Chromium through
// the real UI of the built web app (vite.web.config.ts, as `npm run build:web`): the time from
// the click on «Войти» to the animation frame that first shows an issue row in the queue (its
// default view is the open work). The limit, measured in the same run in the same browser:
// fetching the open issues alone through GET /issues and writing them with one Dexie bulkPut.
// Each is measured in fresh browser contexts (empty IndexedDB), alternately; medians reported.
// The last round stays until the whole first pull is done and prints the UI thread's long
// tasks through it (PerformanceObserver 'longtask'; the goal is none over 50 ms).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { benchLine, launchChromium, root, serveBenchPage } from './lib/browser';
import { startBenchCity } from './lib/city';
import { startProfile } from './lib/cpu-profile';
import { serveStatic } from './lib/static-server';
import type { OpenWorkLimitResult } from './first-run/page';

const ISSUES = Number(process.env['BENCH_FIRST_RUN_ISSUES'] ?? 100_000);
const ROUNDS = Number(process.env['BENCH_FIRST_RUN_ROUNDS'] ?? 3);
/** Where to write a CPU profile of the UI thread through the last round's whole pull (finds what its long tasks run). */
const PROFILE = process.env['BENCH_FIRST_RUN_PROFILE'];
/** Seeding 100,000 issues, the build, the rounds and one whole first pull take a few minutes. */
const DEADLINE_MS = 30 * 60_000;
const LOGIN = 'dispatcher';
const PASSWORD = 'demo';

interface FirstRowTiming {
  clickAt: number;
  rowAt: number;
  /** When the answers arrived, on the same clock: the sign-in and the first and last GET /issues. */
  signedInAt: number | null;
  firstOpenPageAt: number | null;
  lastOpenPageAt: number | null;
  /** When the first pull's progress left the screen (the whole history in), if the round waited for it. */
  pullDoneAt: number | null;
  /** The UI thread's long tasks (over 50 ms) from the click to the end of the round. */
  longTasks: { startTime: number; duration: number }[];
}

declare global {
  interface Window {
    firstRun?: {
      clickAt: number | null;
      rowAt: number | null;
      progressSeen: boolean;
      pullDoneAt: number | null;
      longTasks: { startTime: number; duration: number }[];
    };
  }
}

// In-page scripts as plain JavaScript: tsx would wrap named functions in a helper the page lacks.
/**
 * Notes the click on «Войти», the animation frame after the first queue row enters the page,
 * when the first pull's progress has come and gone, and every long task of the UI thread.
 */
const WATCH_FOR_FIRST_ROW = `(() => {
  const state = { clickAt: null, rowAt: null, progressSeen: false, pullDoneAt: null, longTasks: [] };
  window.firstRun = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push({ startTime: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const progressWatch = new MutationObserver(() => {
    const shown = document.querySelector('[data-testid="first-pull-progress"]') !== null;
    if (shown) state.progressSeen = true;
    else if (state.progressSeen && state.pullDoneAt === null) {
      state.pullDoneAt = performance.now();
      progressWatch.disconnect();
    }
  });
  progressWatch.observe(document.body, { childList: true, subtree: true });
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (state.clickAt === null && button && button.textContent.includes('Войти')) state.clickAt = performance.now();
  }, true);
  const observer = new MutationObserver(() => {
    if (document.querySelector('[data-testid="queue-row"]') === null) return;
    observer.disconnect();
    requestAnimationFrame(() => { state.rowAt = performance.now(); });
  });
  observer.observe(document.body, { childList: true, subtree: true });
})()`;

/** The marks, and when the answers of the sign-in and of GET /issues arrived, on the page's clock. */
const READ_TIMINGS = `(() => {
  const resources = performance.getEntriesByType('resource');
  const ends = (part) => resources.filter((entry) => entry.name.includes(part)).map((entry) => entry.responseEnd);
  const open = ends('/api/v1/issues?');
  return {
    clickAt: window.firstRun.clickAt,
    rowAt: window.firstRun.rowAt,
    pullDoneAt: window.firstRun.pullDoneAt,
    longTasks: window.firstRun.longTasks.filter((task) => task.startTime >= window.firstRun.clickAt),
    signedInAt: ends('/api/v1/auth/token')[0] ?? null,
    firstOpenPageAt: open.length > 0 ? Math.min(...open) : null,
    lastOpenPageAt: open.length > 0 ? Math.max(...open) : null,
  };
})()`;

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};

async function measureFirstRow(
  browser: Browser,
  appUrl: string,
  cityUrl: string,
  /** Stay until the whole first pull is done (its progress gone), watching the UI thread throughout. */
  wholePull: boolean,
): Promise<FirstRowTiming> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 }, locale: 'ru-RU' });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(appUrl);
    await page.getByLabel('Сервер города').fill(cityUrl);
    await page.getByLabel('Логин').fill(LOGIN);
    await page.getByLabel('Пароль').fill(PASSWORD);
    await page.evaluate(WATCH_FOR_FIRST_ROW);
    const profiler = wholePull && PROFILE ? await startProfile(page) : null;
    await page.getByRole('button', { name: 'Войти' }).click();
    try {
      await page.waitForFunction(() => window.firstRun?.rowAt != null, null, {
        timeout: 600_000,
        polling: 50,
      });
    } catch (error) {
      throw new Error(`no issue row appeared: ${String(error)} ${errors.join('; ')}`);
    }
    if (process.env['BENCH_FIRST_RUN_DEBUG']) {
      page.on('console', (message) => console.log(`  page: ${message.text()}`));
      const timer = setInterval(() => {
        void page
          .evaluate(
            () => document.querySelector('[data-testid="first-pull-progress"]')?.textContent ?? '(none)',
          )
          .then((text) => console.log(`  ${new Date().toISOString()} progress: ${text}`))
          .catch(() => undefined);
      }, 10_000);
      page.on('close', () => clearInterval(timer));
    }
    if (wholePull)
      await page
        .waitForFunction(() => window.firstRun?.pullDoneAt != null, null, { timeout: 900_000, polling: 500 })
        // The long tasks seen so far are still worth printing.
        .catch(() => console.log('  the first pull was not done after 900 s'));
    if (profiler && PROFILE) await profiler.stopInto(PROFILE);
    return (await page.evaluate(READ_TIMINGS)) as FirstRowTiming;
  } finally {
    await context.close();
  }
}

/** The UI thread's long tasks of a round: until the first row, and through the whole pull when it waited. */
function longTaskLine(row: FirstRowTiming): string {
  const describe = (tasks: readonly { duration: number }[]) => {
    const longest = tasks.reduce((most, task) => Math.max(most, task.duration), 0);
    return `${tasks.filter((task) => task.duration > 50).length} over 50 ms, longest ${Math.round(longest)} ms`;
  };
  const untilRow = row.longTasks.filter((task) => task.startTime < row.rowAt);
  const line = `  long tasks until the first row: ${describe(untilRow)}`;
  // When each came, from the click (a profile of the round starts just before it).
  const each = row.longTasks
    .filter((task) => task.duration > 50)
    .map(
      (task) => `${((task.startTime - row.clickAt) / 1000).toFixed(1)} s: ${Math.round(task.duration)} ms`,
    );
  const list = each.length > 0 ? `\n  each (from the click): ${each.join(', ')}` : '';
  if (row.pullDoneAt === null) return line + list;
  const pullS = ((row.pullDoneAt - row.clickAt) / 1000).toFixed(1);
  return `${line}; during the whole first pull (${pullS} s): ${describe(row.longTasks)}${list}`;
}

async function measureLimit(
  browser: Browser,
  limitUrl: string,
  cityUrl: string,
): Promise<OpenWorkLimitResult> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${limitUrl}/page.html`);
    await page.waitForFunction(() => typeof window.runOpenWorkLimit === 'function');
    return await page.evaluate(
      ([server, login, password]) => window.runOpenWorkLimit(server, login, password),
      [cityUrl, LOGIN, PASSWORD] as const,
    );
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const deadline = setTimeout(() => {
    console.error(`bench first-run: gave up after ${DEADLINE_MS / 1000} s`);
    process.exit(1);
  }, DEADLINE_MS);
  const outDir = mkdtempSync(join(tmpdir(), 'gorod-bench-first-run-'));
  // A profiled run keeps its build, so the lines a profile names can be read.
  const stops: (() => unknown)[] = PROFILE ? [] : [() => rmSync(outDir, { recursive: true, force: true })];
  if (PROFILE) console.log(`  the profiled build is in ${outDir}`);
  try {
    await build({
      configFile: join(root, 'vite.web.config.ts'),
      logLevel: 'warn',
      // A profiled run keeps the app's function names, so long-tasks.ts can say what ran.
      build: {
        outDir,
        emptyOutDir: true,
        reportCompressedSize: false,
        ...(PROFILE ? { minify: false } : {}),
      },
    });
    const app = await serveStatic(outDir);
    stops.push(() => app.close());
    const limitPage = await serveBenchPage('first-run');
    stops.push(() => limitPage.stop());
    const appOrigin = new URL(app.url).origin;
    const city = await startBenchCity({ issues: ISSUES, cors: `${appOrigin},${limitPage.url}` });
    stops.push(() => city.stop());
    console.log(`city seeded with ${ISSUES} issues in ${(city.seededInMs / 1000).toFixed(1)} s`);
    const browser = await launchChromium();
    stops.push(() => browser.close());

    const ours: number[] = [];
    const limits: number[] = [];
    for (let round = 1; round <= ROUNDS; round += 1) {
      const limit = await measureLimit(browser, limitPage.url, city.url);
      const row = await measureFirstRow(browser, `${appOrigin}/`, city.url, round === ROUNDS);
      const ms = row.rowAt - row.clickAt;
      limits.push(limit.ms);
      ours.push(ms);
      const since = (at: number | null) => (at === null ? '–' : `${Math.round(at - row.clickAt)} ms`);
      console.log(
        `round ${round}: first row ${Math.round(ms)} ms after the click (signed in at ${since(row.signedInAt)}, ` +
          `open work's first page at ${since(row.firstOpenPageAt)}, last at ${since(row.lastOpenPageAt)}); ` +
          `limit: ${limit.issues} open issues in ${limit.pages} pages fetched and written in ${Math.round(limit.ms)} ms`,
      );
      console.log(longTaskLine(row));
    }
    const oursMs = Math.round(median(ours));
    const limitMs = Math.round(median(limits));
    console.log(`medians of ${ROUNDS} rounds; the first release took 71.7 s here (issue 12)`);
    console.log(benchLine('first-run', oursMs / limitMs, `${oursMs} ms / ${limitMs} ms`, oursMs, 'ms'));
  } finally {
    for (const stop of stops.reverse()) await stop();
    clearTimeout(deadline);
  }
}

await main();
