import { CityClient, type CityAuthTokens } from '../../city/client';
import { createDb, type DeskDb } from '../../db/database';
import { announceWrites } from '../../db/replica-writes';
import { pullChanges } from '../pull';
import { fromWireError, toWireError, type FromPullWorker, type ToPullWorker } from './pull-protocol';

// The sync engine's pull, off the UI thread: a first pull brings 85,000 issues and their
// history, and fetching, parsing (zod) and writing them (IndexedDB clones every row on the
// thread that writes it) held the UI thread for hundreds of milliseconds at a time. The same
// pull functions run here against the same database. Screens hear of each write by a short
// notice (replica-writes.ts): Dexie's own change events, carried to the window key by key,
// cost the window as much as the writes had. Tokens stay
// with the engine's session: this worker asks it for a fresh one when the city refuses its own.

/** The part of DedicatedWorkerGlobalScope used here (the renderer is typed against the DOM library). */
interface PullWorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<ToPullWorker>) => void): void;
  postMessage(message: FromPullWorker): void;
}

const scope = self as unknown as PullWorkerScope;
const post = (message: FromPullWorker): void => scope.postMessage(message);

const databases = new Map<string, DeskDb>();
const databaseOf = (name: string): DeskDb => {
  let db = databases.get(name);
  if (!db) {
    db = announceWrites(createDb({ name }));
    databases.set(name, db);
  }
  return db;
};

/** The engine's token, refreshed through the engine: one refresh at a time, answered by a message. */
class EngineTokens implements CityAuthTokens {
  private waiting: { resolve: () => void; reject: (error: Error) => void } | null = null;
  private refreshing: Promise<void> | null = null;

  constructor(private token: string | null) {}

  accessToken(): string | null {
    return this.token;
  }

  refresh(): Promise<void> {
    this.refreshing ??= new Promise<void>((resolve, reject) => {
      this.waiting = { resolve, reject };
      post({ kind: 'refresh' });
    }).finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  answered(message: ToPullWorker): void {
    if (message.kind === 'token') {
      this.token = message.accessToken;
      this.waiting?.resolve();
    } else if (message.kind === 'token_refused') this.waiting?.reject(fromWireError(message.error));
    this.waiting = null;
  }
}

let tokens: EngineTokens | null = null;

scope.addEventListener('message', ({ data }) => {
  if (data.kind !== 'pull') {
    tokens?.answered(data);
    return;
  }
  const auth = new EngineTokens(data.accessToken);
  tokens = auth;
  pullChanges({
    db: databaseOf(data.dbName),
    client: new CityClient(data.serverUrl, auth),
    now: () => new Date(),
    writesAnnounced: true,
    onPage: (applied, total) => post({ kind: 'page', applied, total }),
    onProgress: (progress) => post({ kind: 'progress', progress }),
    onOpenWork: () => post({ kind: 'open_work' }),
  }).then(
    (total) => post({ kind: 'done', total }),
    (error: unknown) => post({ kind: 'failed', error: toWireError(error) }),
  );
});
