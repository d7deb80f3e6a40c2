import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import pkg from './package.json' with { type: 'json' };
import { modelAssets, rendererOutput } from './vite.chunks';

// The same renderer as the Electron build, for a plain browser (the web platform).
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  plugins: [react()],
  // Module workers: the photo worker's dynamic import of libheif (HEIC only) stays a chunk of its
  // own instead of being inlined into the worker.
  worker: { format: 'es' },
  assetsInclude: modelAssets,
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  // The manifest lists every built file for the service worker's offline shell (public/sw.js).
  build: {
    outDir: resolve(import.meta.dirname, 'out/web'),
    emptyOutDir: true,
    manifest: 'asset-manifest.json',
    rolldownOptions: { output: rendererOutput },
  },
  server: { port: 5183, strictPort: false },
  preview: { port: 5183 },
});
