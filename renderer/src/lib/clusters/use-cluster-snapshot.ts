import type { DeskDb } from '../../db/database';
import { useKeptSnapshot } from '../use-kept-snapshot';
import type { ClusterSnapshot } from './client';
import { acquireClusterClient, clusterClientOf } from './registry';

/** The clusters and repeat marks of the database, live: the component re-renders when they change. */
export const useClusterSnapshot = (db: DeskDb): ClusterSnapshot =>
  useKeptSnapshot(db, acquireClusterClient, clusterClientOf);
