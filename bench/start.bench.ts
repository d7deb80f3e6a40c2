// `npm run bench:start`: a start of the built web app with the replica full — a reload to the
// first row of the dispatcher's queue, with the ~85,000 issues of the bench world's company
// (100,000 in all) in IndexedDB — against the shell's first paint with an empty replica, both
// measured in the same run and browser. Also reports the longest long task of the UI thread
// from the reload until the queue counts every issue (the target: none over 50 ms).
//
// The replica is filled the way the app fills it: the bench signs in through the sign-in form
// against the reference server's bench world and lets the first sync finish once. The empty
// replica is the same sign-in in another browser context whose pulls never reach the city.
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium, root } from './lib/browser';
import { startBenchCity } from './lib/city';
import { startProfile } from './lib/cpu-profile';
import { percentile, runBuiltPageBench } from './lib/static-server';
import { readReplicaScript, startMarksScript, type ReplicaState, type StartMarks } from './start/page-probes';

const ISSUES = Number(process.env['BENCH_START_ISSUES'] ?? 100_000);
const RELOADS = Number(process.env['BENCH_START_RELOADS'] ?? 5);
/** Where to write a CPU profile of the UI thread through the last reload of the full replica. */
const PROFILE = process.env['BENCH_START_PROFILE'];
/** Where to write a screenshot of the last reload's first rows (the queue still reading the rest). */
const SCREENSHOT = process.env['BENCH_START_SCREENSHOT'];
const TARGET_FIRST_ROW_MS = 1000;
const TARGET_LONG_TASK_MS = 50;
/** Seeding the city, the first pull of 85,000 issues and the reloads take several minutes. */
const DEADLINE_MS = 40 * 60_000;

interface StartRun {
  full: StartMarks[];
  empty: StartMarks[];
  issues: number;
  seededMs: number;
  firstSyncMs: number;
}

async function signIn(page: Page, appUrl: string, cityUrl: string): Promise<void> {
  await page.goto(`${appUrl}?city=${encodeURIComponent(cityUrl)}`);
  await page.getByLabel('Сервер города').fill(cityUrl);
  await page.getByLabel('Логин').fill('dispatcher');
  await page.getByLabel('Пароль').fill('demo');
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.getByRole('navigation', { name: 'Разделы' }).waitFor({ timeout: 60_000 });
}

/** Waits until the first sync has succeeded and the replica holds the company's issues. */
async function waitForFirstSync(page: Page): Promise<number> {
  for (;;) {
    const replica = (await page.evaluate(readReplicaScript)) as ReplicaState;
    if (replica.lastSuccessAt !== null && !replica.running && replica.issues > 0) return replica.issues;
    await page.waitForTimeout(2000);
  }
}

/** Reloads and waits until the queue counts every issue; the marks are taken in the page. */
async function timedReload(page: Page, profileInto?: string, screenshotInto?: string): Promise<StartMarks> {
  const profiler = profileInto ? await startProfile(page) : null;
  await page.reload({ waitUntil: 'commit' });
  // How the queue looks while the rest of the replica is still being read.
  if (screenshotInto) {
    await page.getByTestId('queue-row').first().waitFor({ timeout: 120_000 });
    await page.screenshot({ path: screenshotInto });
  }
  const marks = await page.waitForFunction(
    () => {
      const found = (window as unknown as { __startMarks?: StartMarks }).__startMarks;
      return found && found.countedAt !== null ? found : null;
    },
    undefined,
    { timeout: 120_000, polling: 200 },
  );
  // A little longer, so that a long task right after the counts is not missed.
  await page.waitForTimeout(1000);
  if (profiler && profileInto) await profiler.stopInto(profileInto);
  const settled = await page.evaluate(() => ({
    ...(window as unknown as { __startMarks: StartMarks }).__startMarks,
    measures: performance
      .getEntriesByType('measure')
      .map((entry) => ({ name: entry.name, start: entry.startTime, duration: entry.duration })),
  }));
  return { ...settled, countedAt: (await marks.jsonValue())?.countedAt ?? settled.countedAt };
}

async function newContext(contexts: BrowserContext[], make: () => Promise<BrowserContext>) {
  const context = await make();
  contexts.push(context);
  await context.addInitScript({ content: startMarksScript });
  return context;
}

async function measure(appUrl: string): Promise<StartRun> {
  const origin = new URL(appUrl).origin;
  const city = await startBenchCity({ issues: ISSUES, cors: origin });
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  try {
    const viewport = { width: 1600, height: 900 };
    const full = await newContext(contexts, () => browser.newContext({ viewport, locale: 'ru-RU' }));
    const empty = await newContext(contexts, () => browser.newContext({ viewport, locale: 'ru-RU' }));
    // The empty replica: signed in like the full one, but no issue ever arrives from the city.
    await empty.route(`${city.url}/api/v1/changes**`, (route) => route.abort());
    await empty.route(`${city.url}/api/v1/issues**`, (route) => route.abort());

    const fullPage = await full.newPage();
    const emptyPage = await empty.newPage();
    for (const page of [fullPage, emptyPage]) page.on('pageerror', (error) => console.error(error.message));
    const syncStarted = Date.now();
    await signIn(fullPage, appUrl, city.url);
    const issues = await waitForFirstSync(fullPage);
    const firstSyncMs = Date.now() - syncStarted;
    await signIn(emptyPage, appUrl, city.url);

    // One reload each to warm the browser's caches, then reloads in turn, so that both see the same machine.
    await timedReload(fullPage);
    await timedReload(emptyPage);
    const run: StartRun = { full: [], empty: [], issues, seededMs: city.seededInMs, firstSyncMs };
    for (let k = 0; k < RELOADS; k += 1) {
      const last = k === RELOADS - 1;
      run.full.push(await timedReload(fullPage, last ? PROFILE : undefined, last ? SCREENSHOT : undefined));
      run.empty.push(await timedReload(emptyPage));
    }
    return run;
  } finally {
    for (const context of contexts) await context.close();
    await browser.close();
    city.stop();
  }
}

const measureOf = (marks: StartMarks, name: string) => marks.measures?.find((entry) => entry.name === name);

/** The longest long task that began while the index read the replica (the queue's own work). */
const longestWhileReading = (marks: StartMarks): number => {
  const read = measureOf(marks, 'queue index: first read');
  if (!read) return Number.NaN;
  const end = read.start + read.duration;
  return Math.max(
    0,
    ...marks.longTasks.filter((t) => t.start >= read.start && t.start <= end).map((t) => t.duration),
  );
};

const longest = (marks: StartMarks): number =>
  Math.max(
    0,
    ...marks.longTasks.filter((task) => task.start <= (marks.countedAt ?? Infinity)).map((t) => t.duration),
  );

/** Prints the figures; a missed target is reported, not an error (timings vary with the machine's load). */
function report(run: StartRun): void {
  const ms = (value: number): string => value.toFixed(0);
  const firstRows = run.full.map((marks) => marks.firstRowAt ?? Number.NaN);
  const shells = run.empty.map((marks) => marks.shellAt ?? Number.NaN);
  const counted = run.full.map((marks) => marks.countedAt ?? Number.NaN);
  const longTask = Math.max(...run.full.map(longest));
  const firstRow = percentile(firstRows, 0.5);
  const shell = percentile(shells, 0.5);
  console.log(
    `bench start: ${run.issues.toLocaleString('en')} issues in the replica (city seeded in ${ms(run.seededMs / 1000)} s, ` +
      `first sign-in and sync in ${ms(run.firstSyncMs / 1000)} s); ${RELOADS} reloads of each`,
  );
  console.log(
    `  reload to the first queue row, full replica:   ${firstRows.map(ms).join(', ')} ms (median ${ms(firstRow)})`,
  );
  console.log(
    `  reload to the shell, empty replica:            ${shells.map(ms).join(', ')} ms (median ${ms(shell)})`,
  );
  console.log(`  reload to every issue counted, full replica:   ${counted.map(ms).join(', ')} ms`);
  console.log(
    `  longest UI long task from reload to counted:   ${run.full.map((marks) => ms(longest(marks))).join(', ')} ms` +
      ` (${run.full.map((marks) => marks.longTasks.length).join(', ')} long tasks)`,
  );
  const spans = (name: string) =>
    run.full
      .map((marks) => {
        const entry = measureOf(marks, name);
        return entry ? `${ms(entry.start)}–${ms(entry.start + entry.duration)}` : '–';
      })
      .join(', ');
  console.log(`  the first screen read by index (from reload):  ${spans('queue: first screen read')} ms`);
  console.log(`  the whole replica read (from reload):          ${spans('queue index: first read')} ms`);
  const whileReading = run.full.map(longestWhileReading);
  console.log(`  longest UI long task while the index reads:    ${whileReading.map(ms).join(', ')} ms`);
  console.log(
    `  target first row ≤ ${TARGET_FIRST_ROW_MS} ms: ${firstRow <= TARGET_FIRST_ROW_MS ? 'met' : 'not met'}; ` +
      `no long task over ${TARGET_LONG_TASK_MS} ms: ${longTask <= TARGET_LONG_TASK_MS ? 'met' : `not met (${ms(longTask)} ms)`}`,
  );
  console.log(
    `bench start: ratio ${(firstRow / shell).toFixed(2)} (${ms(firstRow)} ms / ${ms(shell)} ms), ${ms(firstRow)} ms`,
  );
}

await runBuiltPageBench({
  name: 'start',
  deadlineMs: DEADLINE_MS,
  prepare: async (outDir) => {
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
  },
  measure,
  report,
});
