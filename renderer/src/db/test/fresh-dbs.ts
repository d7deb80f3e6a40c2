import { createDb, type DeskDb } from '../database';

/** Fresh replicas for a test file: `open()` one per test, `removeAll()` after each. */
export function freshDbs(prefix: string): { open: () => Promise<DeskDb>; removeAll: () => Promise<void> } {
  let counter = 0;
  const opened: DeskDb[] = [];
  return {
    open: async () => {
      counter += 1;
      const db = createDb({ name: `${prefix}-${counter}` });
      await db.open();
      opened.push(db);
      return db;
    },
    removeAll: async () => {
      for (const db of opened.splice(0)) {
        db.close();
        await db.delete();
      }
    },
  };
}
