import type { DeskDb } from '../../../db/database';
import { useKeptSnapshot } from '../../../lib/use-kept-snapshot';
import type { QueueSnapshot } from './queue-index';
import { acquireQueueIndex, queueIndexOf } from './queue-index-registry';

/** The queue's rows for the database, live: the component re-renders when the index changes. */
export const useQueueSnapshot = (db: DeskDb): QueueSnapshot =>
  useKeptSnapshot(db, acquireQueueIndex, queueIndexOf);
