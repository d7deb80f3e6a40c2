import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll } from 'vitest';
import { TokenResponse } from '@shared/domain';
import { buildCityServer, type CityServer, type CityServerOptions } from '../app';
import { seedDatabase } from '../store/seed';
import type { SeedWorld } from '../seed/world';
import { DEMO_PASSWORD, FIXTURE_NOW, fixtureWorld, fixtureWorldWithManyIssues } from './fixtures';

// A real server on an ephemeral port over a temporary data folder, seeded with the
// fixture world, with a clock the test can move, and small helpers to call it with fetch.

export const TEST_SCRYPT_COST = 1024;
export const SIM_TOKEN = 'sim-token-for-tests';

export class TestClock {
  private ms: number;
  constructor(start: Date) {
    this.ms = start.getTime();
  }
  now = (): Date => new Date(this.ms);
  advance(seconds: number): void {
    this.ms += seconds * 1000;
  }
}

export interface CallOptions {
  token?: string;
  json?: unknown;
  body?: string | Buffer;
  headers?: Record<string, string>;
  /** Adds a fresh Idempotency-Key unless `headers` has one or this is false. */
  idempotent?: boolean;
}

export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON (undefined when it is not JSON). */
  json: unknown;
  /** The body as an object, for reading fields in assertions. */
  body: Record<string, unknown>;
}

export interface TestServer {
  server: CityServer;
  clock: TestClock;
  baseUrl: string;
  dataDir: string;
  call(method: string, path: string, options?: CallOptions): Promise<CallResult>;
  signIn(login: string, password?: string): Promise<TokenResponse>;
  tokenOf(login: string): Promise<string>;
  close(): Promise<void>;
}

export interface TestServerOptions extends Partial<CityServerOptions> {
  world?: SeedWorld | null;
  start?: Date;
  keepDataDir?: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'city-server-test-'));
  const clock = new TestClock(options.start ?? FIXTURE_NOW);
  const server = await buildCityServer({
    scryptCost: TEST_SCRYPT_COST,
    now: clock.now,
    ...options,
    dataDir,
  });
  const world = options.world === undefined ? fixtureWorld() : options.world;
  if (world !== null && server.store.isEmpty())
    await seedDatabase(server.store, world, { scryptCost: TEST_SCRYPT_COST });
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  const address = server.app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const baseUrl = `http://127.0.0.1:${port}/api/v1`;
  const tokens = new Map<string, string>();

  const call = async (method: string, path: string, callOptions: CallOptions = {}): Promise<CallResult> => {
    const headers: Record<string, string> = { ...callOptions.headers };
    if (callOptions.token !== undefined) headers['authorization'] = `Bearer ${callOptions.token}`;
    let body: string | Buffer | undefined = callOptions.body;
    if (callOptions.json !== undefined) {
      body = JSON.stringify(callOptions.json);
      headers['content-type'] ??= 'application/json';
    }
    const hasKey = Object.keys(headers).some((name) => name.toLowerCase() === 'idempotency-key');
    if ((method === 'POST' || method === 'PATCH') && callOptions.idempotent !== false && !hasKey) {
      headers['idempotency-key'] = randomUUID();
    }
    // A Buffer is sent as its bytes; typed as a Uint8Array so the DOM's fetch types accept it too.
    const sent = typeof body === 'string' || body === undefined ? body : new Uint8Array(body);
    const response = await fetch(`${baseUrl}${path}`, { method, headers, body: sent });
    const text = await response.text();
    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    return {
      status: response.status,
      headers: response.headers,
      text,
      json,
      body: isRecord(json) ? json : {},
    };
  };

  const signIn = async (login: string, password = DEMO_PASSWORD): Promise<TokenResponse> => {
    const result = await call('POST', '/auth/token', { json: { login, password } });
    if (result.status !== 200) throw new Error(`sign-in of ${login} failed: ${result.status} ${result.text}`);
    return TokenResponse.parse(result.json);
  };

  return {
    server,
    clock,
    baseUrl,
    dataDir,
    call,
    signIn,
    tokenOf: async (login) => {
      const known = tokens.get(login);
      if (known !== undefined) return known;
      const { accessToken } = await signIn(login);
      tokens.set(login, accessToken);
      return accessToken;
    },
    close: async () => {
      await server.app.close();
      if (options.keepDataDir !== true && options.dataDir === undefined)
        rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface BulkCity {
  readonly city: TestServer;
  /** The access tokens of the two companies' dispatchers. */
  readonly north: string;
  readonly south: string;
}

/**
 * For a whole describe block: the fixture city with `bulk` more new issues and the simulation
 * on, started before its tests and closed after them. Read the fields inside the tests.
 */
export function bulkCitySuite(bulk: number): BulkCity {
  let started: BulkCity | null = null;
  const get = (): BulkCity => {
    if (started === null) throw new Error('the bulk city starts in beforeAll');
    return started;
  };
  beforeAll(async () => {
    const city = await startTestServer({
      world: fixtureWorldWithManyIssues(bulk),
      sim: { token: SIM_TOKEN },
    });
    started = {
      city,
      north: await city.tokenOf('dispatcher'),
      south: await city.tokenOf('neighbour.dispatcher'),
    };
  });
  afterAll(() => get().city.close());
  return {
    get city() {
      return get().city;
    },
    get north() {
      return get().north;
    },
    get south() {
      return get().south;
    },
  };
}

/** A hash of every table's rows, to prove that a series of refused requests changed nothing. */
export function databaseFingerprint(db: Database.Database): string {
  const hash = createHash('sha256');
  const tables = db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all();
  for (const { name } of tables) {
    hash.update(`table ${name}\n`);
    for (const row of db.prepare(`SELECT * FROM "${name}"`).all()) {
      hash.update(
        JSON.stringify(row, (_key, value: unknown) =>
          Buffer.isBuffer(value) ? value.toString('base64') : value,
        ),
      );
      hash.update('\n');
    }
  }
  return hash.digest('hex');
}
