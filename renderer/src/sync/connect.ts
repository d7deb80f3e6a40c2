import type { TokenResponse } from '@shared/domain';
import { CityClient } from '../city/client';
import { CitySession } from '../city/session';
import type { DeskDb } from '../db/database';
import { relayAnnouncedWrites } from '../db/replica-changes';
import { SyncEngine, type SyncEngineOptions } from './engine';
import { OnDemandReads } from './on-demand';
import type { SyncNotice } from './push';
import { PullWorker } from './worker/pull-in-worker';

// Written out in full where it is used: Vite finds and bundles the worker only by this exact shape.
const startPullWorker = (): Worker =>
  new Worker(new URL('./worker/pull.worker.ts', import.meta.url), { type: 'module', name: 'sync-pull' });

export interface CityConnectionOptions {
  serverUrl: string;
  /** `accessToken` is null when resuming from a stored session: the first call refreshes it. */
  tokens: Pick<TokenResponse, 'refreshToken' | 'user'> & { accessToken: string | null };
  db: DeskDb;
  /** New tokens: keep the refresh token (it works once) where the platform keeps credentials. */
  onTokens: (tokens: TokenResponse) => Promise<void>;
  onNotice: (notice: SyncNotice) => void;
  /** The city no longer accepts the session: ask the person to sign in again; keep every local change. */
  onAuthLost: () => void;
  locks?: LockManager;
  events?: SyncEngineOptions['events'];
  isOnline?: () => boolean;
  /** Pull in a worker of its own, off the UI thread (the app); absent: on this thread (Node tests). */
  pullInWorker?: boolean;
}

/** The signed-in person's line to the city: what the session starts, stops and asks to run now. */
export interface CitySync {
  start(): void;
  stop(): void;
  syncNow(): Promise<void>;
}

/**
 * Everything that talks to the city for one signed-in person: their tokens, the client, the
 * sync engine and the on-demand reads. Nothing of it reaches a screen.
 */
export function connectToCity(options: CityConnectionOptions): CitySync {
  const { serverUrl, tokens, db } = options;
  const session = new CitySession(serverUrl, tokens, {
    onTokens: options.onTokens,
    onLost: () => options.onAuthLost(),
  });
  const client = new CityClient(serverUrl, session);
  const pullWorker = options.pullInWorker
    ? new PullWorker({ startWorker: startPullWorker, serverUrl, tokens: session })
    : null;
  const engine = new SyncEngine({
    db,
    client,
    user: { id: tokens.user.id, role: tokens.user.role },
    notice: options.onNotice,
    onAuthLost: options.onAuthLost,
    ...(options.locks ? { locks: options.locks } : {}),
    ...(options.events ? { events: options.events } : {}),
    ...(options.isOnline ? { isOnline: options.isOnline } : {}),
    ...(pullWorker ? { runPull: pullWorker.pull } : {}),
  });
  const reads = new OnDemandReads({ db, client });
  // The pull worker writes unobserved and says what it wrote: this window's live queries hear of
  // it through the relay (in every window signed in, whichever one's worker pulls).
  let stopRelay: (() => void) | null = null;
  return {
    start: () => {
      if (options.pullInWorker) stopRelay ??= relayAnnouncedWrites(db);
      engine.start();
      reads.start();
    },
    stop: () => {
      engine.stop();
      pullWorker?.stop();
      reads.stop();
      stopRelay?.();
      stopRelay = null;
    },
    syncNow: () => engine.syncNow(),
  };
}

export type { SyncNotice };
