import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { issueInWork } from '../../tests/e2e/support/issues';
import { openReportEditor } from '../../tests/e2e/support/report-editor';
import type { EditorLongTask, EditorLongTasks } from './contract';

// The real editor taking the 12 MP JPEG and the iPhone's 12 MP HEIC into a report, as a
// supervisor picks them, while the UI thread's long tasks are noted (PerformanceObserver
// 'longtask') with what each long animation frame ran ('long-animation-frame'), from the moment
// the files are given to the input until both photos show their checks beside Send.

const photos = join(import.meta.dirname, '../../tests/fixtures/photos');
const out = process.env['BENCH_CHECKS_EDITOR_OUT'];
/** Where to write a CPU profile of the UI thread while the photos come in (bench/first-run/long-tasks.ts reads it). */
const profilePath = process.env['BENCH_CHECKS_PROFILE'];

declare global {
  interface Window {
    benchLongTasks?: { startTime: number; duration: number }[];
    benchFrames?: { startTime: number; duration: number; scripts: string[] }[];
  }
}

// In-page script as plain JavaScript: tsx would wrap named functions in a helper the page lacks.
const WATCH = `(() => {
  window.benchLongTasks = [];
  window.benchFrames = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.benchLongTasks.push({ startTime: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const scripts = (entry.scripts || []).map((script) =>
          [script.invoker, script.sourceFunctionName, (script.sourceURL || '').split('/').pop(), Math.round(script.duration) + ' ms']
            .filter(Boolean).join(' '));
        const end = entry.startTime + entry.duration;
        if (entry.renderStart > 0) scripts.push('rendering ' + Math.round(end - entry.renderStart) + ' ms (style and layout ' +
          Math.round(end - (entry.styleAndLayoutStart || end)) + ' ms)');
        window.benchFrames.push({ startTime: entry.startTime, duration: entry.duration, scripts });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
})()`;

test('photos taken into a report in the real editor', async ({ page }) => {
  test.setTimeout(300_000);
  const issue = await issueInWork({
    categoryId: 'yard-rubbish',
    residentPhoto: readFileSync(join(photos, 'small-offset.jpg')).toString('base64'),
  });
  await page.addInitScript(WATCH);
  await openReportEditor(page, issue);
  await expect(page.getByLabel('Текст отчёта')).toBeVisible({ timeout: 60_000 });
  // The sign-in's first sync and the editor's first render are not what is measured.
  await page.waitForTimeout(3_000);
  const cdp = profilePath ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
    await cdp.send('Profiler.start');
  }
  const startedAt = await page.evaluate(() => performance.now());
  // Paths, not buffers: Playwright would build Files from buffers with its own script in the
  // page, a long task of the harness's and not of the app's.
  await page
    .getByTestId('photo-input')
    .setInputFiles([join(photos, 'photo-12mp-exif-gps.jpg'), join(photos, 'iphone-12mp.heic')]);
  await expect(page.getByTestId('report-photo')).toHaveCount(2, { timeout: 120_000 });
  for (const index of [1, 2]) {
    await expect(page.getByTestId('pre-send-checks')).toContainText(
      new RegExp(`Фото ${index} · (То же место, что на фото жителя|В порядке: .*то же место)`),
      { timeout: 120_000 },
    );
  }
  // The thumbnails' decode and paint after the last check line.
  await page.waitForTimeout(1_000);
  const seen = await page.evaluate((from) => {
    const now = performance.now();
    const tasks = (window.benchLongTasks ?? []).filter((task) => task.startTime >= from);
    const frames = (window.benchFrames ?? []).filter((frame) => frame.startTime >= from - 100);
    return { now, tasks, frames };
  }, startedAt);
  if (cdp && profilePath)
    writeFileSync(profilePath, JSON.stringify((await cdp.send('Profiler.stop')).profile));
  const longTasks: EditorLongTask[] = seen.tasks.map((task) => {
    const frame = seen.frames.find(
      (it) =>
        it.startTime <= task.startTime + 1 &&
        it.startTime + it.duration >= task.startTime + task.duration - 1,
    );
    return {
      startTime: task.startTime - startedAt,
      duration: task.duration,
      during:
        frame && frame.scripts.length > 0
          ? frame.scripts.join('; ')
          : 'outside any animation frame Chromium reported',
    };
  });
  const result: EditorLongTasks = {
    photos: 2,
    elapsedMs: seen.now - startedAt,
    longTasks,
    load: loadavg()[0] ?? 0,
  };
  if (out) writeFileSync(out, JSON.stringify(result));
  else console.log(JSON.stringify(result, null, 2));
});
