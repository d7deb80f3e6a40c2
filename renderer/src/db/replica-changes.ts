import Dexie, { RangeSet, type ObservabilitySet } from 'dexie';
import { mutatedKeys, type KeyRange, type MutatedIssues } from '../lib/mutated-keys';
import type { DeskDb } from './database';
import { isReplicaWrites, REPLICA_WRITES_CHANNEL, type ReplicaWrites } from './replica-writes';

// How a window hears of what is written to a replica: Dexie's `storagemutated` (this window's
// writes and other windows'), and the short notices of contexts that write unobserved (the
// pull worker, see replica-writes.ts). Code that keeps something of its own from the replica
// (the queue's index, the clusters, the risk flags) watches both through `watchReplica`; the
// window's live queries hear of the notices through `relayAnnouncedWrites`.

/** A committed write as a watcher reads it. */
export interface ReplicaChange {
  /** The rows of `table` it wrote or deleted, or null when it did not touch the table. */
  touched(table: string): MutatedIssues | null;
}

/** Dexie's range for "the whole table" (MIN_KEY to MAX_KEY). */
const EVERY_KEY: KeyRange = { from: -Infinity, to: [[]] };

export const changeOfParts = (parts: ObservabilitySet, dbName: string): ReplicaChange => ({
  touched: (table) => mutatedKeys(parts, dbName, table),
});

export const changeOfNotice = (notice: ReplicaWrites): ReplicaChange => ({
  touched: (table) => {
    const keys = notice.tables[table];
    if (keys === undefined) return null;
    return keys === null ? { ids: new Set(), ranges: [EVERY_KEY] } : { ids: new Set(keys), ranges: [] };
  },
});

let channel: BroadcastChannel | null = null;
const noticeListeners = new Set<(notice: ReplicaWrites) => void>();

/** The notices of this window's replicas, on one channel for the window, open while anyone listens. */
function hearNotices(listener: (notice: ReplicaWrites) => void): () => void {
  if (!channel) {
    const opened = new BroadcastChannel(REPLICA_WRITES_CHANNEL);
    (opened as BroadcastChannel & { unref?: () => void }).unref?.();
    opened.onmessage = ({ data }: MessageEvent<unknown>) => {
      if (isReplicaWrites(data)) for (const heard of [...noticeListeners]) heard(data);
    };
    channel = opened;
  }
  noticeListeners.add(listener);
  return () => {
    noticeListeners.delete(listener);
    if (noticeListeners.size === 0) {
      channel?.close();
      channel = null;
    }
  };
}

/** Dexie's reports of what a relay told it: a watcher heard those writes from the notice. */
const relayed = new WeakSet<ObservabilitySet>();

/** Calls `listener` with every committed write to the replica `dbName`, whoever made it. */
export function watchReplica(dbName: string, listener: (change: ReplicaChange) => void): () => void {
  const onDexie = (parts: ObservabilitySet) => {
    if (!relayed.has(parts)) listener(changeOfParts(parts, dbName));
  };
  Dexie.on('storagemutated', onDexie);
  const stopHearing = hearNotices((notice) => {
    if (notice.dbName === dbName) listener(changeOfNotice(notice));
  });
  return () => {
    Dexie.on.storagemutated.unsubscribe(onDexie);
    stopHearing();
  };
}

/** Live queries are told of announced writes at most this often; the tables written meanwhile go together. */
export const RELAY_EVERY_MS = 1_000;

/**
 * Dexie's event for a change made by another copy of Dexie in this window: Dexie 4 listens for
 * it and hands it to its live queries and query cache as it does a change from another window,
 * without passing it on to other windows. (The name is Dexie's own, not exported by it.)
 */
const DEXIE_LOCAL_CHANGE_EVENT = 'x-storagemutated-1';

/** Every part of `table` (its rows, deletions and each index), whole: what Dexie says of a bulk write. */
function wholeTableParts(db: DeskDb, table: string, into: ObservabilitySet): void {
  const schema = db.core.schema.tables.find((candidate) => candidate.name === table);
  const indexes = schema?.indexes.map((index) => index.name ?? '') ?? [];
  for (const part of ['', ':dels', ...indexes])
    into[`idb://${db.name}/${table}/${part}`] = new RangeSet(EVERY_KEY.from, EVERY_KEY.to);
}

/**
 * Tells this window's live queries of the writes other contexts announce for `db`, as "these
 * tables changed" (their queries read again), at once and then at most every RELAY_EVERY_MS:
 * a first pull announces a transaction every moment, and a live query told of each would read
 * again as often. Returns the stop.
 */
export function relayAnnouncedWrites(db: DeskDb): () => void {
  const pending = new Set<string>();
  let lastAt = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    timer = null;
    if (pending.size === 0 || !db.isOpen()) return;
    lastAt = Date.now();
    const parts: ObservabilitySet = {};
    for (const table of pending) wholeTableParts(db, table, parts);
    pending.clear();
    relayed.add(parts);
    dispatchEvent(new CustomEvent(DEXIE_LOCAL_CHANGE_EVENT, { detail: parts }));
  };
  const stopHearing = hearNotices((notice) => {
    if (notice.dbName !== db.name) return;
    for (const table of Object.keys(notice.tables)) pending.add(table);
    if (timer !== null) return;
    timer = setTimeout(flush, Math.max(0, lastAt + RELAY_EVERY_MS - Date.now()));
  });
  return () => {
    stopHearing();
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
}
