// Starts the reference city server for a benchmark, on a free port, in a temporary data folder.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './browser';

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

export interface BenchCity {
  url: string;
  seededInMs: number;
  stop: () => void;
}

export async function startBenchCity({ issues, cors }: { issues: number; cors: string }): Promise<BenchCity> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-city-'));
  const started = Date.now();
  const child = spawn(
    'npx',
    [
      'tsx',
      'city-server/src/cli.ts',
      '--port',
      String(port),
      '--data',
      dataDir,
      '--seed',
      'bench',
      '--issues',
      String(issues),
      '--cors',
      cors,
    ],
    // Its own process group, so stopping it stops tsx's node child too.
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], detached: true },
  );
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the city server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/api/v1/openapi.json`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 600_000) throw new Error('the city server did not start within 10 minutes');
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    seededInMs: Date.now() - started,
    stop: () => {
      if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
