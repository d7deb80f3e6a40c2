import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseConfig from 'dependency-cruiser/config-utl/extract-depcruise-config';

// The rules of .dependency-cruiser.mjs (which `npm run lint` runs over the app) over a small
// tree shaped like the app with one deliberate breach of each: every breach must be reported,
// and nothing the layout allows.

const root = resolve(import.meta.dirname, '../..');
const fixture = resolve(import.meta.dirname, 'test/fixture');

async function violationsInFixture(): Promise<string[]> {
  const config = await extractDepcruiseConfig(resolve(root, '.dependency-cruiser.mjs'));
  const { tsConfig: _appTsConfig, ...options } = config.options ?? {};
  const result = await cruise(['renderer', 'shared', 'electron', 'bench'], {
    ...options,
    baseDir: fixture,
    validate: true,
    ruleSet: { forbidden: config.forbidden ?? [] },
  });
  const output = result.output as ICruiseResult;
  const node = (path: string) => path.replace(/^(\.\.\/)+/, '');
  return output.summary.violations.map(({ rule, from, to }) => `${rule.name}: ${from} → ${node(to)}`).sort();
}

describe('the dependency rules', () => {
  it('report every deliberate breach in the fixture, and nothing the layout allows', async () => {
    expect(await violationsInFixture()).toEqual(
      [
        'feature-to-feature: renderer/src/features/queue/uses-report.ts → renderer/src/features/report/words.ts',
        'screens-not-city: renderer/src/features/queue/QueueScreen.ts → renderer/src/city/client.ts',
        'only-sync-imports-city: renderer/src/features/queue/QueueScreen.ts → renderer/src/city/client.ts',
        'only-session-imports-sync: renderer/src/app/Shell.ts → renderer/src/sync/engine.ts',
        'only-session-imports-sync: renderer/src/db/uses-sync.ts → renderer/src/sync/engine.ts',
        'renderer-not-electron: renderer/src/app/desk.ts → node_modules/electron/index.js',
        'shared-no-node-builtins: shared/domain.ts → path',
        'shared-portable-packages-only: shared/domain.ts → node_modules/dexie/import-wrapper.mjs',
        'shared-stands-alone: shared/uses-app.ts → renderer/src/components/chip.ts',
        'db-below-sync-and-screens: renderer/src/db/uses-sync.ts → renderer/src/sync/engine.ts',
        'sync-renders-nothing: renderer/src/sync/engine.ts → renderer/src/components/chip.ts',
        'sync-no-rendering-packages: renderer/src/sync/engine.ts → node_modules/react/index.js',
        'components-below-features: renderer/src/components/uses-feature.ts → renderer/src/features/report/words.ts',
        'app-not-bench-or-test: renderer/src/app/desk.ts → bench/page.ts',
        'app-not-bench-or-test: renderer/src/features/queue/uses-fixture.ts → renderer/src/features/queue/test/fixtures.ts',
        'electron-not-renderer: electron/main.ts → renderer/src/components/chip.ts',
        'no-circular: renderer/src/lib/first.ts → renderer/src/lib/second.ts',
        'no-unresolvable: renderer/src/lib/lost.ts → ./gone',
      ].sort(),
    );
  });
});
