import { createDb } from '../../../db/database';
import { announceWrites } from '../../../db/replica-writes';
import { putRows } from '../../apply';
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
    .transaction('rw', db.issues, () => putRows(db.issues, issueRows(data.from, data.count), data.precise))
    .then(() => {
      db.close();
      scope.postMessage('written');
    });
});
