// Shared by the benchmarks: Debian's Chromium (with the end-to-end tests' flags) through playwright-core, and a Vite server
// for a bench page that imports the app's own modules.
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { assertChromium, chromiumArgs, chromiumPath } from '../../tests/e2e/support/chromium';

export const root = resolve(import.meta.dirname, '../..');

export function launchChromium() {
  assertChromium();
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** Serves `bench/<folder>/` (with the app's `@shared` alias) and returns its address and a stop function. */
export async function serveBenchPage(folder: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = await createServer({
    root: resolve(root, 'bench', folder),
    configFile: false,
    logLevel: 'error',
    resolve: { alias: { '@shared': resolve(root, 'shared') } },
    define: { __APP_VERSION__: JSON.stringify('bench') },
    server: { port: 0, host: '127.0.0.1', fs: { allow: [root] } },
  });
  await server.listen();
  const address = server.httpServer?.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, stop: () => server.close() };
}

/** The line every benchmark ends with, so runs can be compared. */
export function benchLine(name: string, ratio: number, what: string, figure: number, unit: string): string {
  return `bench ${name}: ratio ${ratio.toFixed(2)} (${what}), ${figure} ${unit}`;
}
