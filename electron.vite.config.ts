import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import pkg from './package.json' with { type: 'json' };
import { modelAssets, rendererOutput } from './vite.chunks';

const alias = { '@shared': resolve(__dirname, 'shared') };

// main is ESM (package.json "type": "module"); the preload must be CommonJS because
// sandboxed preloads cannot load ES modules.
export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    resolve: { alias },
    plugins: [react()],
    // Module workers: the photo worker's dynamic import of libheif (HEIC only) stays a chunk of its
    // own instead of being inlined into the worker.
    worker: { format: 'es' },
    assetsInclude: modelAssets,
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: {
        input: { index: resolve(__dirname, 'renderer/index.html') },
        output: rendererOutput,
      },
    },
  },
});
