import type { TokenResponse, User } from '@shared/domain';
import type { DeskApi } from '@shared/ipc';
import { CityClient } from '../../city/client';
import { CitySession } from '../../city/session';
import { createDb, databaseNameFor, type DeskDb } from '../../db/database';
import { SyncEngine } from '../../sync/engine';
import type { SyncNotice } from '../../sync/push';

/** Everything that belongs to one signed-in person: their database, their city client, their sync. */
export interface Workspace {
  serverUrl: string;
  user: User;
  db: DeskDb;
  client: CityClient;
  session: CitySession;
  engine: SyncEngine;
}

export interface WorkspaceHooks {
  onNotice: (notice: SyncNotice) => void;
  onAuthLost: () => void;
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
): Workspace {
  const session = new CitySession(serverUrl, tokens, {
    onTokens: async (next) => {
      await desk.credentials.save({ serverUrl, refreshToken: next.refreshToken, user: next.user });
    },
    onLost: () => hooks.onAuthLost(),
  });
  const db = createDb({ name: databaseNameFor(serverUrl, tokens.user.companyId, tokens.user.id) });
  const client = new CityClient(serverUrl, session);
  const engine = new SyncEngine({
    db,
    client,
    user: { id: tokens.user.id, role: tokens.user.role },
    notice: hooks.onNotice,
    onAuthLost: hooks.onAuthLost,
    ...(typeof navigator !== 'undefined' && 'locks' in navigator ? { locks: navigator.locks } : {}),
    events: window,
    isOnline: () => navigator.onLine,
  });
  void db.setMeta('user', tokens.user);
  // Ask the browser not to evict the replica and the unsent photos under storage pressure.
  void navigator.storage?.persist?.().catch(() => false);
  return { serverUrl, user: tokens.user, db, client, session, engine };
}
