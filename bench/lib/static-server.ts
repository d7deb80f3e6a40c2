import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

// Shared by the benchmarks that build a page with Vite and open it in Chromium.

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jpg': 'image/jpeg',
};

/** A static server for a built page, on the loopback only. */
export async function serveStatic(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** The nearest-rank percentile (0 < fraction ≤ 1). */
export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(fraction * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

export interface BuiltPageBench<R> {
  /** For the messages: `bench <name>: …`. */
  name: string;
  /** The bench gives up (exit 1) after this long rather than hang a CI run. */
  deadlineMs: number;
  /** Builds the page (and writes any data files) into `outDir`. */
  prepare: (outDir: string) => Promise<void>;
  /** Opens the served page and measures; its result goes to `report`. */
  measure: (url: string) => Promise<R>;
  report: (result: R) => void;
}

/** The frame every page benchmark shares: a deadline, a temporary folder, the page served on loopback, cleanup. */
export async function runBuiltPageBench<R>(bench: BuiltPageBench<R>): Promise<void> {
  const deadline = setTimeout(() => {
    console.error(`bench ${bench.name}: gave up after ${bench.deadlineMs / 1000} s`);
    process.exit(1);
  }, bench.deadlineMs);
  const outDir = mkdtempSync(join(tmpdir(), `gorod-bench-${bench.name}-`));
  try {
    await bench.prepare(outDir);
    const server = await serveStatic(outDir);
    try {
      bench.report(await bench.measure(server.url));
    } finally {
      await server.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
    clearTimeout(deadline);
  }
}
