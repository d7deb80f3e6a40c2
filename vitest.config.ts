import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import pkg from './package.json' with { type: 'json' };

const alias = { '@shared': resolve(import.meta.dirname, 'shared') };

// Test tiers by where the code runs: node (shared, the city server, the Electron main
// process, the sync engine against fake-indexeddb) and dom (renderer components).
export default defineConfig({
  resolve: { alias },
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'shared/**/*.test.ts',
            'city-server/**/*.test.ts',
            'electron/**/*.test.ts',
            'renderer/src/**/*.node.test.ts',
            'tests/architecture/*.test.ts',
          ],
          setupFiles: ['fake-indexeddb/auto'],
        },
      },
      {
        resolve: { alias },
        plugins: [react()],
        define: { __APP_VERSION__: JSON.stringify(pkg.version) },
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['renderer/src/**/*.test.{ts,tsx}'],
          exclude: ['renderer/src/**/*.node.test.ts', 'renderer/src/**/*.browser.test.ts'],
          setupFiles: ['fake-indexeddb/auto', 'renderer/src/test/setup.ts'],
        },
      },
    ],
  },
});
