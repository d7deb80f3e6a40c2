import { defineConfig } from '@playwright/test';
import { assertChromium, chromiumArgs, chromiumPath } from './tests/e2e/support/chromium';
import { e2eCityPort, e2eSimToken } from './tests/e2e/support/city';

assertChromium();

const webPort = Number(process.env['E2E_WEB_PORT'] ?? 5183);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Most journeys begin with the first sync of the demo city: room for it on a busy machine.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://localhost:${webPort}`,
    // A computer in Novosibirsk set to American English, on purpose: the app must still write
    // Moscow time as Russians do (01.12.2026 10:23) in Russian, and day first, 24-hour, in English.
    locale: 'en-US',
    timezoneId: 'Asia/Novosibirsk',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'web',
      testDir: 'tests/e2e/web',
      use: { browserName: 'chromium', launchOptions: { executablePath: chromiumPath, args: chromiumArgs } },
    },
    { name: 'electron', testDir: 'tests/e2e/electron' },
  ],
  webServer: [
    {
      // A fresh demo city for every run: the journeys change it.
      command:
        `node -e "require('node:fs').rmSync('.data/e2e-city-${e2eCityPort}', { recursive: true, force: true })" && ` +
        `npx tsx city-server/src/cli.ts --port ${e2eCityPort} --data .data/e2e-city-${e2eCityPort} --seed demo ` +
        `--sim-token ${e2eSimToken} --cors http://localhost:${webPort},http://127.0.0.1:${webPort}`,
      url: `http://127.0.0.1:${e2eCityPort}/api/v1/openapi.json`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      command: `npx vite preview --config vite.web.config.ts --port ${webPort} --strictPort`,
      url: `http://localhost:${webPort}`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
  ],
});
