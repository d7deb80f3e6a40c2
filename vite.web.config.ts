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
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: { outDir: resolve(import.meta.dirname, 'out/web'), emptyOutDir: true },
  server: { port: 5183, strictPort: false },
  preview: { port: 5183 },
});
