import type { TokenResponse, User } from '@shared/domain';
import type { DeskApi } from '@shared/ipc';
import { createDb, databaseNameFor, type DeskDb } from '../../db/database';
import type { StatsPeriod, WantedPhoto } from '../../db/records';
import { discardOutboxItem, retryOutboxItem } from '../../db/repositories';
import { askCityStats, wantPhoto } from '../../db/requests';
import type { CityConnectionOptions, CitySync, SyncNotice } from '../../sync/connect';
import { loadedLater } from './lazy-sync';

/**
 * What a screen may ask for besides writing through the repositories. None of these talks
 * to the city: each writes to the store or asks sync to run, and sync does the rest.
 */
export interface WorkspaceCommands {
  /** "Sync now": runs a full sync, or joins the one under way. */
  syncNow(): Promise<void>;
  /** Sends a refused change again (an assignment over the issue as it is now). */
  retryChange(seq: number): Promise<void>;
  /** Gives up a refused or waiting change; a report goes back to being a draft. */
  discardChange(seq: number): Promise<void>;
  /** A photo to show that is not on this device: sync fetches and keeps it. */
  wantPhoto(photo: WantedPhoto): Promise<void>;
  /** The city's own figures for a period, fetched afresh by sync. */
  askCityStats(period: StatsPeriod): Promise<void>;
}

/** What the screens of a signed-in person work with: the store and commands, nothing that talks to the network. */
export interface Workspace {
  user: User;
  db: DeskDb;
  commands: WorkspaceCommands;
}

export function workspaceCommands(db: DeskDb, syncNow: () => Promise<void>): WorkspaceCommands {
  return {
    syncNow,
    retryChange: (seq) => retryOutboxItem(db, seq),
    discardChange: (seq) => discardOutboxItem(db, seq),
    wantPhoto: (photo) => wantPhoto(db, photo),
    askCityStats: (period) => askCityStats(db, period),
  };
}

export interface WorkspaceHooks {
  onNotice: (notice: SyncNotice) => void;
  onAuthLost: () => void;
}

/** A workspace and the sync behind it, which only the session starts and stops. */
export interface OpenedWorkspace {
  workspace: Workspace;
  sync: CitySync;
}

/**
 * Opens the person's workspace. `accessToken` is null when resuming from a stored session:
 * the first call refreshes it, and with no network the local replica works all the same.
 */
export function openWorkspace(
  desk: DeskApi,
  serverUrl: string,
  tokens: Pick<TokenResponse, 'refreshToken' | 'user'> & { accessToken: string | null },
  hooks: WorkspaceHooks,
): OpenedWorkspace {
  const db = createDb({ name: databaseNameFor(serverUrl, tokens.user.companyId, tokens.user.id) });
  const options: CityConnectionOptions = {
    serverUrl,
    tokens,
    db,
    onTokens: async (next) => {
      await desk.credentials.save({ serverUrl, refreshToken: next.refreshToken, user: next.user });
    },
    onNotice: hooks.onNotice,
    onAuthLost: hooks.onAuthLost,
    ...(typeof navigator !== 'undefined' && 'locks' in navigator ? { locks: navigator.locks } : {}),
    events: window,
    isOnline: () => navigator.onLine,
    pullInWorker: typeof Worker !== 'undefined',
  };
  const sync = loadedLater(async () => (await import('../../sync/connect')).connectToCity(options));
  void db.setMeta('user', tokens.user);
  // Ask the browser not to evict the replica and the unsent photos under storage pressure.
  void navigator.storage?.persist?.().catch(() => false);
  return {
    workspace: { user: tokens.user, db, commands: workspaceCommands(db, () => sync.syncNow()) },
    sync,
  };
}
