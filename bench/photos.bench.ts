// `npm run bench:photos`: the 12-megapixel fixture through the photo pipeline (its real client and
// Web Worker) in Debian's headless Chromium, against the browser's bare decode of the same file
// measured in the same page and run. Prints the targets (p95 ≤ 500 ms, output ≤ 800 KB), then one
// final line with the ratio and the figures.
//
// The page is built with Vite into a temporary folder (as the renderer is built: the worker
// bundled by `new Worker(new URL(...))`) and served from 127.0.0.1 by a few lines of node:http.
import { copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { assertChromium, chromiumArgs, chromiumPath } from '../tests/e2e/support/chromium';
import type { PhotoBenchResult, PhotoBenchWindow } from './photos-page/contract';
import { percentile, runBuiltPageBench } from './lib/static-server';

const root = resolve(import.meta.dirname, '..');
const fixture = join(root, 'tests/fixtures/photos/photo-12mp-exif-gps.jpg');
const WARMUPS = Number(process.env['BENCH_PHOTOS_WARMUPS'] ?? 2);
// 20 measured runs: the nearest-rank p95 is then the 19th, not simply the slowest run.
const RUNS = Number(process.env['BENCH_PHOTOS_RUNS'] ?? 20);
const TARGET_P95_MS = 500;
const TARGET_OUTPUT_KB = 800;
const KB = 1024;
/** The whole bench, build included, normally takes well under a minute. */
const DEADLINE_MS = 5 * 60_000;

async function buildPage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: join(root, 'bench/photos-page'),
    base: './',
    resolve: { alias: { '@shared': join(root, 'shared') } },
    worker: { format: 'es' },
    build: { outDir, emptyOutDir: true, reportCompressedSize: false },
  });
  copyFileSync(fixture, join(outDir, 'fixture.jpg'));
}

async function measure(url: string): Promise<PhotoBenchResult> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  try {
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(url);
    await page.waitForFunction(() => 'runPhotoBench' in window);
    try {
      return await page.evaluate(
        (options) => (window as unknown as PhotoBenchWindow).runPhotoBench(options),
        { fixtureUrl: './fixture.jpg', warmups: WARMUPS, runs: RUNS },
      );
    } catch (error) {
      throw new Error(`${error instanceof Error ? error.message : String(error)} ${pageErrors.join('; ')}`);
    }
  } finally {
    await browser.close();
  }
}

/** Prints the figures; a missed target is reported, not an error (timings vary with the machine's load). */
function report(result: PhotoBenchResult): void {
  const pipelineP95 = percentile(result.pipelineMs, 0.95);
  const pipelineP50 = percentile(result.pipelineMs, 0.5);
  const decodeP95 = percentile(result.bareDecodeMs, 0.95);
  const decodeP50 = percentile(result.bareDecodeMs, 0.5);
  const outputKb = Math.max(...result.outputBytes) / KB;
  const timeMet = pipelineP95 <= TARGET_P95_MS;
  const sizeMet = outputKb <= TARGET_OUTPUT_KB;
  const ms = (value: number): string => value.toFixed(0);

  console.log(
    `bench photos: ${(result.inputBytes / KB / KB).toFixed(1)} MiB JPEG ${result.decoded.width}×${result.decoded.height}` +
      ` → ${result.output.width}×${result.output.height} JPEG; ${RUNS} runs after ${WARMUPS} warm-ups`,
  );
  console.log(
    `  pipeline:    p50 ${ms(pipelineP50)} ms, p95 ${ms(pipelineP95)} ms (worker, postMessage both ways)`,
  );
  console.log(
    `  bare decode: p50 ${ms(decodeP50)} ms, p95 ${ms(decodeP95)} ms (createImageBitmap of the same blob)`,
  );
  console.log(`  target p95 ≤ ${TARGET_P95_MS} ms: ${timeMet ? 'met' : 'not met'} (${ms(pipelineP95)} ms)`);
  console.log(
    `  target output ≤ ${TARGET_OUTPUT_KB} KB: ${sizeMet ? 'met' : 'not met'} (${outputKb.toFixed(0)} KB)`,
  );
  console.log(
    `bench photos: ratio ${(pipelineP95 / decodeP95).toFixed(2)} (pipeline p95 ${ms(pipelineP95)} ms / bare decode p95 ${ms(decodeP95)} ms), ` +
      `${ms(pipelineP95)} ms p95, ${outputKb.toFixed(0)} KB output`,
  );
}

async function main(): Promise<void> {
  assertChromium();
  await runBuiltPageBench({ name: 'photos', deadlineMs: DEADLINE_MS, prepare: buildPage, measure, report });
}

await main();
