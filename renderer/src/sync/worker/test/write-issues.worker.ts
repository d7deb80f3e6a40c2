import { createDb } from '../../../db/database';
import { putRows } from '../../apply';
import { issueRows } from './issue-rows';

// Writes issues into a replica from a worker, as the pull worker does: for the test that the
// window hears of writes made in another context.

interface WriteRequest {
  dbName: string;
  from: number;
  count: number;
  precise: boolean;
}

const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<WriteRequest>) => void): void;
  postMessage(message: string): void;
};

scope.addEventListener('message', ({ data }) => {
  const db = createDb({ name: data.dbName });
  void db
    .transaction('rw', db.issues, () => putRows(db.issues, issueRows(data.from, data.count), data.precise))
    .then(() => {
      db.close();
      scope.postMessage('written');
    });
});
