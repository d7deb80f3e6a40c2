import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { assertChromium, chromiumArgs, chromiumPath } from '../../tests/e2e/support/chromium';
import { modelAssets } from '../../vite.chunks';

// Shared by the benchmarks whose page runs one of the app's Workers: the page built with Vite
// (the worker bundled by `new Worker(new URL(...))`, as in the app) and opened in Chromium.

const root = resolve(import.meta.dirname, '../..');

/**
 * Builds `bench/<folder>/` into `outDir`, with the app's `@shared` alias and ES-module workers;
 * `minify: false` keeps the functions' names for a CPU profile.
 */
export async function buildWorkerPage(
  folder: string,
  outDir: string,
  { minify = true }: { minify?: boolean } = {},
): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: join(root, 'bench', folder),
    base: './',
    resolve: { alias: { '@shared': join(root, 'shared') } },
    worker: { format: 'es' },
    // The photo worker carries the face model's weights and wasm (see vite.chunks.ts).
    assetsInclude: modelAssets,
    build: { outDir, emptyOutDir: true, reportCompressedSize: false, chunkSizeWarningLimit: 4096, minify },
  });
}

/**
 * Opens the served page in headless Chromium, waits until it has set `window[ready]`, and runs
 * `run` on it; a failure carries the page's own errors.
 */
export async function runOnBenchPage<R>(
  url: string,
  ready: string,
  run: (page: Page) => Promise<R>,
): Promise<R> {
  assertChromium();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  try {
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(url);
    await page.waitForFunction((name) => name in window, ready);
    try {
      return await run(page);
    } catch (error) {
      throw new Error(`${error instanceof Error ? error.message : String(error)} ${pageErrors.join('; ')}`);
    }
  } finally {
    await browser.close();
  }
}
