import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { modelAssets } from './vite.chunks';
import { assertChromium, chromiumArgs, chromiumPath } from './tests/e2e/support/chromium';

assertChromium();

// Tests of code that needs a real browser (canvas, createImageBitmap, OffscreenCanvas, Workers),
// which happy-dom lacks: `*.browser.test.ts`, run in Debian's headless Chromium.
export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  // The photo worker imports libheif only when a HEIC arrives; found that late, Vite would
  // re-optimise and reload the test page mid-run.
  assetsInclude: modelAssets,
  optimizeDeps: { include: ['libheif-js/libheif-wasm/libheif-bundle.mjs', '@vladmandic/face-api'] },
  test: {
    name: 'browser',
    include: ['renderer/src/**/*.browser.test.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results/vitest-browser.json' }]],
    testTimeout: 30_000,
    // Failure screenshots and attachments beside the other reports, not in the source tree.
    attachmentsDir: 'test-results/vitest-attachments',
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
      instances: [{ browser: 'chromium' }],
      screenshotDirectory: 'test-results/vitest-browser-screenshots',
    },
  },
});
