import { createDb } from '../database';
import { announceWrites } from '../replica-writes';
import { issueRows } from './issue-rows';

// Writes issues into a replica from a worker: observed by Dexie, or announced by a notice as
// the pull worker does (`announce`), for the tests that the window hears of writes made in
// another context.

interface WriteRequest {
  dbName: string;
  from: number;
  count: number;
  precise: boolean;
  announce?: boolean;
}

const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<WriteRequest>) => void): void;
  postMessage(message: string): void;
};

scope.addEventListener('message', ({ data }) => {
  const opened = createDb({ name: data.dbName });
  const db = data.announce ? announceWrites(opened) : opened;
  void db
    .transaction('rw', db.issues, async () => {
      const rows = issueRows(data.from, data.count);
      // Fewer than 50 rows a call, as sync writes when screens must know which rows changed.
      const perCall = data.precise ? 49 : rows.length;
      for (let start = 0; start < rows.length; start += perCall)
        await db.issues.bulkPut(rows.slice(start, start + perCall));
    })
    .then(() => {
      db.close();
      scope.postMessage('written');
    });
});
