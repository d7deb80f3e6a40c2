import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const alias = { '@shared': resolve(import.meta.dirname, 'shared') };

// Test tiers by where the code runs: node (shared, the city server, the Electron main
// process, the sync engine against fake-indexeddb) and dom (renderer components).
export default defineConfig({
  resolve: { alias },
  test: {
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
          ],
          setupFiles: ['fake-indexeddb/auto'],
        },
      },
      {
        resolve: { alias },
        plugins: [react()],
        define: { __DESK_PLATFORM__: JSON.stringify('web') },
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['renderer/src/**/*.test.{ts,tsx}'],
          exclude: ['renderer/src/**/*.node.test.ts'],
          setupFiles: ['fake-indexeddb/auto', 'renderer/src/test/setup.ts'],
        },
      },
    ],
  },
});
