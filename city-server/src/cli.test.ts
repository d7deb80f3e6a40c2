import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TokenResponse } from '@shared/domain';
import { seedDatabase } from './store/seed';
import { openCityStore } from './store/store';
import { fixtureWorld } from './test/fixtures';
import { TEST_SCRYPT_COST } from './test/harness';

// The command line as other tools use it: start, print the address and logins, serve,
// keep the data of a used folder, and stop cleanly on SIGTERM.

const root = resolve(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');

interface Started {
  child: ChildProcess;
  output: () => string;
  baseUrl: string;
}

function startCli(args: string[]): Promise<Started> {
  const child = spawn(tsx, ['city-server/src/cli.ts', ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`the CLI did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1] !== undefined && output.includes('CORS origins')) {
        clearTimeout(timer);
        resolvePromise({ child, output: () => output, baseUrl: match[1] });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the CLI exited with ${code}:\n${output}`));
    });
  });
}

const stopped = (child: ChildProcess): Promise<number | null> =>
  new Promise((resolvePromise) => {
    child.removeAllListeners('exit');
    child.on('exit', (code) => resolvePromise(code));
    child.kill('SIGTERM');
  });

describe('the city-server command line', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'city-server-cli-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps a used data folder, prints the address, the logins and the sim token, serves, and stops on SIGTERM', async () => {
    // A folder that already holds a city: --seed demo must leave it as it is.
    const store = openCityStore(dataDir);
    await seedDatabase(store, fixtureWorld(), { scryptCost: TEST_SCRYPT_COST });
    store.close();

    const started = await startCli([
      '--port',
      '0',
      '--data',
      dataDir,
      '--seed',
      'demo',
      '--sim-token',
      'cli-test-sim-token',
      '--cors',
      'http://localhost:9999',
    ]);
    try {
      const output = started.output();
      expect(output).toContain('kept its data');
      expect(output).toMatch(/dispatcher\s+dispatcher\s+ГБУ «Жилищник района Орехово-Борисово Северное»/);
      expect(output).toMatch(/neighbour\.dispatcher\s+dispatcher/);
      expect(output).toContain('Simulation: on, token cli-test-sim-token');
      expect(output).toContain('CORS origins: http://localhost:9999');

      const signIn = await fetch(`${started.baseUrl}/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login: 'dispatcher', password: 'demo' }),
      });
      expect(signIn.status).toBe(200);
      const { accessToken } = TokenResponse.parse(await signIn.json());
      const feed = await fetch(`${started.baseUrl}/changes?limit=5`, {
        headers: { authorization: `Bearer ${accessToken}` },
      });
      expect(feed.status).toBe(200);
      const sim = await fetch(`${started.baseUrl}/sim/state`, {
        headers: { authorization: 'Bearer cli-test-sim-token' },
      });
      expect(sim.status).toBe(200);
    } finally {
      expect(await stopped(started.child)).toBe(0);
    }
    expect(started.output()).toContain('SIGTERM, closing');
  }, 30_000);

  it('refuses bad options with the usage', async () => {
    const child = spawn(tsx, ['city-server/src/cli.ts', '--seed', 'everything'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolvePromise) => child.on('exit', resolvePromise));
    expect(code).toBe(2);
    expect(output).toContain('Usage: npm run city-server');
  }, 30_000);
});
