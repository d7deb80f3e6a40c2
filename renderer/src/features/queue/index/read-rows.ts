import { createDb } from '../../../db/database';
import type { IssueRecord } from '../../../db/records';
import { toQueueRow, type QueueRow } from '../model/queue-row';
import { WordIndex, WordSink } from '../model/word-index';
import type { ReadReply, ReadRequest } from './read-protocol';

/** Rows per message to the UI thread. */
const ROWS_PER_MESSAGE = 500;

/** A chunk message: the issues as rows, their words numbered by `words` (new words are added to it). */
function numbered(issues: readonly IssueRecord[], words: WordIndex): [ReadReply, Transferable[]] {
  const firstAdded = words.size;
  const sink = new WordSink();
  const offsets = new Int32Array(issues.length + 1);
  const rows: QueueRow[] = issues.map((issue, k) => {
    const row = toQueueRow(issue);
    words.tokenise(row.search, sink);
    offsets[k + 1] = sink.used;
    return row;
  });
  const ids = sink.ids.slice(0, sink.used);
  const added = words.list().slice(firstAdded);
  return [
    { kind: 'chunk', chunk: { rows, words: { ids, offsets, firstAdded, added } } },
    [ids.buffer, offsets.buffer],
  ];
}

/** Issues read by id in one IndexedDB read. */
const IDS_PER_READ = 250;

/** The issues of `ids` that are there, as rows (the UI thread numbers their words as it puts them). */
async function readIds(
  db: ReturnType<typeof createDb>,
  ids: readonly string[],
  post: (reply: ReadReply, transfer: Transferable[]) => void,
): Promise<void> {
  for (let start = 0; start < ids.length; start += IDS_PER_READ) {
    const issues = await db.issues.bulkGet(ids.slice(start, start + IDS_PER_READ));
    const rows = issues.flatMap((issue) => (issue ? [toQueueRow(issue)] : []));
    post({ kind: 'chunk', chunk: { rows, words: null } }, []);
  }
}

/**
 * What the queue's read worker does (queue-index.worker.ts), kept apart from the worker's
 * wiring so that it can be run anywhere: every issue of the replica, by primary key in
 * chunks, as rows with their words numbered from the UI thread's dictionary onwards; or only
 * the issues `ids` names.
 */
export async function readReplicaRows(
  { dbName, chunkSize, words: known, ids }: ReadRequest,
  post: (reply: ReadReply, transfer: Transferable[]) => void,
): Promise<void> {
  const db = createDb({ name: dbName });
  try {
    if (ids) {
      await readIds(db, ids, post);
      post({ kind: 'done' }, []);
      return;
    }
    const words = new WordIndex();
    if (known !== '') for (const word of known.split(' ')) words.intern(word);
    post({ kind: 'total', total: await db.issues.count() }, []);
    let after: string | null = null;
    for (;;) {
      const issues: IssueRecord[] =
        after === null
          ? await db.issues.orderBy(':id').limit(chunkSize).toArray()
          : await db.issues.where(':id').above(after).limit(chunkSize).toArray();
      // Posted in small parts: the UI thread takes each in a task of a few milliseconds.
      for (let start = 0; start < issues.length; start += ROWS_PER_MESSAGE)
        post(...numbered(issues.slice(start, start + ROWS_PER_MESSAGE), words));
      const last = issues.at(-1);
      if (issues.length < chunkSize || !last) break;
      after = last.id;
    }
    post({ kind: 'done' }, []);
  } catch (error) {
    post({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) }, []);
  } finally {
    db.close();
  }
}
