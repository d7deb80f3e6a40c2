import { createDb, type DeskDb } from '../../../db/database';
import {
  computeFiguresFromIndex,
  computeRatingsFromIndex,
  computeRepeatsFromIndex,
  periodFacts,
  type RatingsFigures,
  type RatingsQuery,
} from '../compute/compute';
import type { PeriodRepeats } from '../compute/period-repeats';
import { indexRows, type RowIndex } from '../compute/row-index';
import type { RatingsRows } from '../compute/rows';
import { ratingsCsv } from '../export/ratings-csv';
import { loadRatingsRows } from './load-rows';
import type { CsvRequest, RatingsAnswer, RatingsJob, RatingsSource } from './protocol';

interface LoadedRows {
  rows: RatingsRows;
  index: RowIndex;
}

/** The ratings' work, the same in the worker and on the UI thread. */
export interface RatingsJobRunner {
  /** Every figure but the repeats: what the screen shows first. */
  report(source: RatingsSource, query: RatingsQuery): Promise<RatingsFigures>;
  /** The period's repeat complaints; the repeat links are swept once per load and kept. */
  repeats(source: RatingsSource, query: RatingsQuery): Promise<PeriodRepeats>;
  csv(source: RatingsSource, request: CsvRequest): Promise<string>;
}

/** Lends the database of that name for one read. */
export type DatabaseLender = <T>(name: string, read: (db: DeskDb) => Promise<T>) => Promise<T>;

/**
 * The worker opens the database for each read and closes it after, so it never holds a
 * connection that would block the app's next schema upgrade.
 */
export const openForEachRead: DatabaseLender = async (name, read) => {
  const db = createDb({ name });
  try {
    return await read(db);
  } finally {
    db.close();
  }
};

/**
 * Keeps the replica's rows and their index between jobs while the source's version stays the
 * same, so changing the period costs only the figures.
 */
export function createRatingsJobRunner(withDb: DatabaseLender): RatingsJobRunner {
  let loaded: Promise<LoadedRows> | undefined;
  let loadedKey = '';

  const rowsOf = (source: RatingsSource): Promise<LoadedRows> => {
    const key = `${source.databaseName}\n${source.version}`;
    if (loaded === undefined || loadedKey !== key) {
      loadedKey = key;
      const loading = withDb(source.databaseName, loadRatingsRows).then((rows) => ({
        rows,
        index: indexRows(rows),
      }));
      // A failed read is not kept: the next job tries again.
      loading.catch(() => {
        if (loaded === loading) loaded = undefined;
      });
      loaded = loading;
    }
    return loaded;
  };

  return {
    async report(source, query) {
      const { index } = await rowsOf(source);
      return computeFiguresFromIndex(index, query);
    },
    async repeats(source, query) {
      const { index } = await rowsOf(source);
      return computeRepeatsFromIndex(index, query);
    },
    async csv(source, { query, city, text }) {
      const { rows, index } = await rowsOf(source);
      const { current, previous, returnReasons, repeats } = computeRatingsFromIndex(index, query);
      return ratingsCsv({
        returnReasons,
        repeats,
        facts: periodFacts(rows, index, query.choice.current, query.nowMs),
        index,
        choice: query.choice,
        current,
        previous,
        city,
        text,
      });
    },
  };
}

/** One job, answered with its kind so the caller can tell the answers apart without trusting it blindly. */
export async function runRatingsJob(runner: RatingsJobRunner, job: RatingsJob): Promise<RatingsAnswer> {
  switch (job.kind) {
    case 'report':
      return { kind: 'report', value: await runner.report(job.source, job.query) };
    case 'repeats':
      return { kind: 'repeats', value: await runner.repeats(job.source, job.query) };
    case 'csv':
      return { kind: 'csv', value: await runner.csv(job.source, job) };
  }
}
