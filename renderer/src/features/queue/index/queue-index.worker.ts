import { createDb } from '../../../db/database';
import type { IssueRecord } from '../../../db/records';
import { toQueueRow, type QueueRow } from '../model/queue-row';
import { WordIndex, WordSink } from '../model/word-index';
import type { ReadReply, ReadRequest } from './read-protocol';

// The queue's read worker: reading 85,000 issues from IndexedDB, turning them into rows and
// numbering their words take seconds of work that on the UI thread would stall the first
// screen and every keystroke meanwhile. The UI thread gets rows in chunks, ready to put.

/** The part of DedicatedWorkerGlobalScope used here (the renderer is typed against the DOM library). */
interface ReadWorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<ReadRequest>) => void): void;
  postMessage(message: ReadReply, transfer?: Transferable[]): void;
}

const scope = self as unknown as ReadWorkerScope;

async function read({ dbName, chunkSize, words: known }: ReadRequest): Promise<void> {
  const db = createDb({ name: dbName });
  try {
    const words = new WordIndex();
    if (known !== '') for (const word of known.split(' ')) words.intern(word);
    scope.postMessage({ kind: 'total', total: await db.issues.count() });
    let after: string | null = null;
    for (;;) {
      const issues: IssueRecord[] =
        after === null
          ? await db.issues.orderBy(':id').limit(chunkSize).toArray()
          : await db.issues.where(':id').above(after).limit(chunkSize).toArray();
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
      scope.postMessage({ kind: 'chunk', chunk: { rows, words: { ids, offsets, firstAdded, added } } }, [
        ids.buffer,
        offsets.buffer,
      ]);
      const last = issues.at(-1);
      if (issues.length < chunkSize || !last) break;
      after = last.id;
    }
    scope.postMessage({ kind: 'done' });
  } finally {
    db.close();
  }
}

scope.addEventListener('message', ({ data }) => {
  read(data).catch((error: unknown) =>
    scope.postMessage({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) }),
  );
});
