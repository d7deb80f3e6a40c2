import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createHash } from 'node:crypto';
import type { TokenResponse } from '@shared/domain';
import {
  startTestServer,
  SIM_TOKEN,
  type TestServer,
  type TestServerOptions,
} from '../../../../city-server/src/test/harness';
import { CityClient } from '../../city/client';
import { CitySession } from '../../city/session';
import { createDb, type DeskDb } from '../../db/database';
import type { Clock } from '../../db/repositories';
import type { PushDeps } from '../push';

// The sync engine against the real reference city server on an ephemeral port, with a
// fresh fake IndexedDB for every test: nothing here is mocked but the browser's storage.

export { SIM_TOKEN };

export const fastBackoff = { baseMs: 2, capMs: 20 };

export async function startCity(options: TestServerOptions = {}): Promise<TestServer> {
  return startTestServer({ sim: { token: SIM_TOKEN }, ...options });
}

export function freshDb(): DeskDb {
  return createDb({ name: `test-${crypto.randomUUID()}`, indexedDB: new IDBFactory(), IDBKeyRange });
}

export interface SignedIn {
  session: CitySession;
  client: CityClient;
  tokens: TokenResponse[];
  lost: string[];
}

/** The server's base URL without the `/api/v1` the harness adds. */
export const serverRoot = (city: TestServer): string => city.baseUrl.replace(/\/api\/v1$/, '');

export async function signInAs(
  city: TestServer,
  login: string,
  baseUrl = serverRoot(city),
): Promise<SignedIn> {
  const first = await city.signIn(login);
  const tokens: TokenResponse[] = [first];
  const lost: string[] = [];
  const session = new CitySession(baseUrl, first, {
    onTokens: async (next) => void tokens.push(next),
    onLost: (reason) => void lost.push(reason),
  });
  return { session, client: new CityClient(baseUrl, session, 5_000), tokens, lost };
}

export function pushDeps(db: DeskDb, client: CityClient, extra: Partial<PushDeps> = {}): PushDeps {
  return { db, client, now: () => new Date(), random: Math.random, backoff: fastBackoff, ...extra };
}

export const testClock: Clock = { now: () => new Date(), newKey: () => crypto.randomUUID() };

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Calls the simulation API (the city's moderator and residents). */
export async function sim(city: TestServer, method: string, path: string, json?: unknown) {
  const result = await city.call(method, path, { token: SIM_TOKEN, ...(json === undefined ? {} : { json }) });
  if (result.status >= 300) throw new Error(`${method} ${path}: ${result.status} ${result.text}`);
  return result;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
