// `npm run bench:faces`: face blurring through the photo pipeline (its real client and Web Worker)
// in Debian's headless Chromium. The recall over the fixture photos with their expected faces
// (tests/fixtures/faces/faces.json; target: at least 9 faces in 10), then the 12-megapixel
// fixture through the whole pipeline with face blurring and without it, turn and turn about; the
// ratio is the first p95 over the second (what looking for faces adds), and the budget
// (600 ms p95 for the 12 MP photo with every check) is printed beside.
import { copyFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { assertChromium, chromiumArgs, chromiumPath } from '../tests/e2e/support/chromium';
import { modelAssets } from '../vite.chunks';
import type { FaceBenchResult, FaceBenchWindow } from './faces-page/contract';
import { percentile, runBuiltPageBench } from './lib/static-server';

const root = resolve(import.meta.dirname, '..');
const facesDir = join(root, 'tests/fixtures/faces');
const bigFixture = join(root, 'tests/fixtures/photos/photo-12mp-exif-gps.jpg');
const manifest = JSON.parse(readFileSync(join(facesDir, 'faces.json'), 'utf8')) as {
  photos: { file: string; faces: { x: number; y: number; width: number; height: number }[] }[];
};
const WARMUPS = Number(process.env['BENCH_FACES_WARMUPS'] ?? 2);
const RUNS = Number(process.env['BENCH_FACES_RUNS'] ?? 20);
const BUDGET_MS = 600;
const TARGET_RECALL = 0.9;
const DEADLINE_MS = 8 * 60_000;

async function buildPage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: join(root, 'bench/faces-page'),
    base: './',
    resolve: { alias: { '@shared': join(root, 'shared') } },
    assetsInclude: modelAssets,
    worker: { format: 'es' },
    build: { outDir, emptyOutDir: true, reportCompressedSize: false },
  });
  copyFileSync(bigFixture, join(outDir, 'big.jpg'));
  for (const photo of manifest.photos) copyFileSync(join(facesDir, photo.file), join(outDir, photo.file));
}

async function measure(url: string): Promise<FaceBenchResult> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(() => 'runFaceBench' in window);
    return await page.evaluate((options) => (window as unknown as FaceBenchWindow).runFaceBench(options), {
      bigUrl: './big.jpg',
      fixtures: manifest.photos.map((photo) => ({ url: `./${photo.file}`, faces: photo.faces })),
      warmups: WARMUPS,
      runs: RUNS,
    });
  } finally {
    await browser.close();
  }
}

function report(result: FaceBenchResult): void {
  const ms = (value: number) => value.toFixed(0);
  const recall = result.hits / result.expected;
  const [withP50, withP95] = [percentile(result.withFacesMs, 0.5), percentile(result.withFacesMs, 0.95)];
  const [withoutP50, withoutP95] = [
    percentile(result.withoutFacesMs, 0.5),
    percentile(result.withoutFacesMs, 0.95),
  ];
  console.log(
    `faces: recall ${recall.toFixed(2)} (${result.hits} of ${result.expected} faces on ${manifest.photos.length} fixture photos,` +
      ` ${result.falseAlarms} false alarms); target ≥ ${TARGET_RECALL}: ${recall >= TARGET_RECALL ? 'met' : 'not met'}`,
  );
  console.log(
    `  12 MP with face blurring:    p50 ${ms(withP50)} ms, p95 ${ms(withP95)} ms (${result.bigFaces} faces found; ${RUNS} runs after ${WARMUPS} warm-ups)`,
  );
  console.log(`  12 MP without face blurring: p50 ${ms(withoutP50)} ms, p95 ${ms(withoutP95)} ms`);
  console.log(
    `  looking for faces adds p50 ${ms(withP50 - withoutP50)} ms; budget ${BUDGET_MS} ms p95 with every check: ${withP95 <= BUDGET_MS ? 'met' : 'not met'}`,
  );
  console.log(
    `bench faces: ratio ${(withP95 / withoutP95).toFixed(2)} (pipeline with face blurring p95 ${ms(withP95)} ms / without ${ms(withoutP95)} ms), ` +
      `${ms(withP95)} ms p95, recall ${recall.toFixed(2)}`,
  );
}

async function main(): Promise<void> {
  assertChromium();
  await runBuiltPageBench({ name: 'faces', deadlineMs: DEADLINE_MS, prepare: buildPage, measure, report });
}

await main();
