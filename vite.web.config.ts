import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import pkg from './package.json' with { type: 'json' };

// The same renderer as the Electron build, for a plain browser (the web platform).
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  plugins: [react()],
  // Module workers: the photo worker's dynamic import of libheif (HEIC only) stays a chunk of its
  // own instead of being inlined into the worker.
  worker: { format: 'es' },
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  // The manifest lists every built file for the service worker's offline shell (public/sw.js).
  build: {
    outDir: resolve(import.meta.dirname, 'out/web'),
    emptyOutDir: true,
    manifest: 'asset-manifest.json',
    // The libraries every screen uses in chunks of their own: they change less often than the
    // app, and no chunk is over Vite's 500 kB warning. Screens are split by route (app/routes.tsx).
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            // Not @mui/x-charts: only Ratings draws charts, and it loads them with its own chunk.
            { name: 'mui', test: /node_modules[\\/](@mui[\\/](?!x-)|@emotion|@popperjs)/ },
          ],
        },
      },
    },
  },
  server: { port: 5183, strictPort: false },
  preview: { port: 5183 },
});
