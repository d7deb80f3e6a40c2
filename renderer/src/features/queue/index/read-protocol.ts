import type { QueueRow } from '../model/queue-row';

// What the UI thread and the queue's read worker say to each other (queue-index.worker.ts).

/** Rows read from the replica, with their words already numbered when a worker read them. */
export interface RowChunk {
  readonly rows: readonly QueueRow[];
  readonly words: ChunkWords | null;
}

/** Row `k`'s word numbers are `ids[offsets[k]]` to `ids[offsets[k + 1] - 1]`. */
export interface ChunkWords {
  readonly ids: Int32Array;
  readonly offsets: Int32Array;
  /** The number of the first of `added` (the dictionary's size before this chunk). */
  readonly firstAdded: number;
  /** Words first seen in this chunk, in order of their numbers. */
  readonly added: readonly string[];
}

export interface ReadRequest {
  readonly dbName: string;
  readonly chunkSize: number;
  /** The UI thread's words so far, joined by spaces, so that both number words alike. */
  readonly words: string;
  /** Only these issues, as rows without their words numbered (a sync's pages); absent: every issue. */
  readonly ids?: readonly string[];
}

export type ReadReply =
  | { readonly kind: 'total'; readonly total: number }
  | { readonly kind: 'chunk'; readonly chunk: RowChunk }
  | { readonly kind: 'done' }
  | { readonly kind: 'failed'; readonly detail: string };
