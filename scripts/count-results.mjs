// Sums vitest's and Playwright's JSON reports into the one line CI reads: "N passed, N failed, N skipped".
// A stage that failed before any test ran (typecheck, lint, build) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib/run.mjs';

const exitStatus = Number(process.argv[2] ?? 0);
const read = (name) => {
  const file = join(root, 'test-results', name);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
};

let passed = 0;
let failed = 0;
let skipped = 0;

for (const name of ['vitest.json', 'vitest-browser.json']) {
  const vitest = read(name);
  if (!vitest) continue;
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
}
const playwright = read('playwright.json');
if (playwright) {
  passed += playwright.stats.expected + playwright.stats.flaky;
  failed += playwright.stats.unexpected;
  skipped += playwright.stats.skipped;
}
if (exitStatus !== 0 && failed === 0) failed = 1;

console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
