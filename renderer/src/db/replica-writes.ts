import type Dexie from 'dexie';
import type { DBCore, DBCoreMutateRequest, DBCoreTransaction, Middleware } from 'dexie';

// Writes the window's screens hear of by a short notice instead of Dexie's own change events.
// Dexie reports every committed write to every context on a BroadcastChannel, the keys written
// to each table and index as interval trees; a window merges each report key by key into every
// live query's observed ranges. The first pull writes 2,000 issues a transaction from its worker,
// and that merge held the UI thread for 0.3–1 s a transaction. A database given to
// `announceWrites` is not observed by Dexie at all; after each write transaction commits it posts
// one `ReplicaWrites` on REPLICA_WRITES_CHANNEL instead: which tables it wrote, and the keys of
// the listed ones (the issues, which the queue's index and the clusters read again by id).
// replica-changes.ts is the window's side.

export const REPLICA_WRITES_CHANNEL = 'gorod-desk/replica-writes';

/** Tables whose written keys a notice lists; of the rest it says only that they were written. */
const LISTED_TABLES: ReadonlySet<string> = new Set(['issues']);

export interface ReplicaWrites {
  readonly kind: 'replica-writes';
  readonly dbName: string;
  /**
   * Each table the transaction wrote: the primary keys written or deleted (listed tables), or
   * null for rows not listed (another table, or a range deleted).
   */
  readonly tables: Readonly<Record<string, readonly string[] | null>>;
}

export function isReplicaWrites(data: unknown): data is ReplicaWrites {
  if (typeof data !== 'object' || data === null) return false;
  const notice = data as Partial<ReplicaWrites>;
  return (
    notice.kind === 'replica-writes' &&
    typeof notice.dbName === 'string' &&
    typeof notice.tables === 'object' &&
    notice.tables !== null
  );
}

/** What one transaction wrote so far: keys per listed table, null where they are not listed. */
type Written = Map<string, Set<string> | null>;

function keysOf(
  request: DBCoreMutateRequest,
  extractKey: ((value: unknown) => unknown) | null,
): unknown[] | null {
  switch (request.type) {
    case 'add':
    case 'put':
      if (request.keys) return request.keys;
      return extractKey ? request.values.map((value: unknown) => extractKey(value)) : null;
    case 'delete':
      return request.keys;
    case 'deleteRange':
      return null;
  }
}

function note(written: Written, table: string, keys: unknown[] | null): void {
  const listed = written.get(table);
  if (listed === null) return;
  const strings = keys?.every((key): key is string => typeof key === 'string') ? (keys as string[]) : null;
  if (!LISTED_TABLES.has(table) || strings === null) {
    written.set(table, null);
    return;
  }
  const set = listed ?? new Set<string>();
  for (const key of strings) set.add(key);
  written.set(table, set);
}

function noticeOf(dbName: string, written: Written): ReplicaWrites {
  const tables: Record<string, readonly string[] | null> = {};
  for (const [table, keys] of written) tables[table] = keys === null ? null : [...keys];
  return { kind: 'replica-writes', dbName, tables };
}

function announcing(dbName: string, post: (notice: ReplicaWrites) => void): Middleware<DBCore> {
  const writtenIn = new WeakMap<DBCoreTransaction, Written>();
  return {
    stack: 'dbcore',
    name: 'ReplicaWrites',
    // Where Dexie's observation sat: right above IndexedDB, below its virtual indexes and hooks.
    level: 0,
    create: (down) => ({
      ...down,
      transaction: (stores, mode, options) => {
        const transaction = down.transaction(stores, mode, options);
        if (mode === 'readwrite') {
          const written: Written = new Map();
          writtenIn.set(transaction, written);
          // The core's transaction is the IndexedDB one (Dexie's own cache listens the same way).
          (transaction as unknown as EventTarget).addEventListener('complete', () => {
            if (written.size > 0) post(noticeOf(dbName, written));
          });
        }
        return transaction;
      },
      table: (name) => {
        const table = down.table(name);
        const { primaryKey } = table.schema;
        const extractKey = primaryKey.outbound ? null : (primaryKey.extractKey ?? null);
        return {
          ...table,
          mutate: (request) => {
            const written = writtenIn.get(request.trans);
            if (written) note(written, name, keysOf(request, extractKey));
            return table.mutate(request);
          },
        };
      },
    }),
  };
}

/** Posts on REPLICA_WRITES_CHANNEL; unreferenced, so a Node test is not kept running by it. */
function postOnChannel(): (notice: ReplicaWrites) => void {
  const channel = new BroadcastChannel(REPLICA_WRITES_CHANNEL);
  (channel as BroadcastChannel & { unref?: () => void }).unref?.();
  return (notice) => channel.postMessage(notice);
}

/**
 * Takes Dexie's change observation off `db` (call before it opens) and announces each committed
 * write transaction with one ReplicaWrites instead: for the pull worker, whose writes screens in
 * the window hear through replica-changes.ts. Live queries in this same context no longer see
 * its writes: give it to a context that has none.
 */
export function announceWrites<T extends Dexie>(
  db: T,
  post: (notice: ReplicaWrites) => void = postOnChannel(),
): T {
  db.unuse({ stack: 'dbcore', name: 'Observability' });
  db.use(announcing(db.name, post));
  return db;
}
