import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../lib/browser';
import type { EditorLongTasks } from './contract';

export type { EditorLongTasks } from './contract';

/**
 * The built web app (`npm run build:web`) driven by Playwright with the journeys' setup
 * (playwright.config.ts here): photos taken into a report in the real editor, the UI thread's
 * long tasks counted meanwhile. E2E_WEB_PORT and E2E_CITY_PORT move its servers as they move the
 * journeys'.
 */
export function measureEditorLongTasks(): EditorLongTasks {
  const built = spawnSync('npm', ['run', '--silent', 'build:web'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (built.status !== 0) throw new Error(`npm run build:web exited with ${built.status}`);
  const dir = mkdtempSync(join(tmpdir(), 'bench-checks-editor-'));
  const out = join(dir, 'editor.json');
  try {
    const run = spawnSync(
      'npx',
      ['playwright', 'test', '--config', 'bench/checks-editor/playwright.config.ts'],
      {
        cwd: root,
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, BENCH_CHECKS_EDITOR_OUT: out },
      },
    );
    if (run.status !== 0)
      throw new Error(
        `the editor run exited with ${run.status} (its report: test-results/bench-checks-editor)`,
      );
    return JSON.parse(readFileSync(out, 'utf8')) as EditorLongTasks;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
