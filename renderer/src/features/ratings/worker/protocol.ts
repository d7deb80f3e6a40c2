import type { WorkerRequest } from '../../../lib/worker-rpc';
import type { CompanyStats } from '@shared/domain';
import type { RatingsFigures, RatingsQuery } from '../compute/compute';
import type { PeriodRepeats } from '../compute/period-repeats';
import type { CsvText } from '../export/ratings-csv';

// The questions the ratings screen asks of its worker (or of the same code on the UI thread
// when the replica is small), and the answers.

/**
 * Where the rows come from: the person's database, read by whoever runs the job. `version`
 * changes whenever the replica does, and the rows are read again only then.
 */
export interface RatingsSource {
  databaseName: string;
  version: string;
}

export interface CsvRequest {
  query: RatingsQuery;
  /** The city's own figures, for the summary; null when they could not be had. */
  city: CompanyStats | null;
  text: CsvText;
}

/** The screen asks for the figures, then for the repeats, which take a sweep of their own. */
export type RatingsJob =
  | { kind: 'report'; source: RatingsSource; query: RatingsQuery }
  | { kind: 'repeats'; source: RatingsSource; query: RatingsQuery }
  | ({ kind: 'csv'; source: RatingsSource } & CsvRequest);

export type RatingsAnswer =
  | { kind: 'report'; value: RatingsFigures }
  | { kind: 'repeats'; value: PeriodRepeats }
  | { kind: 'csv'; value: string };

/** What the client posts (lib/worker-rpc.ts): a job and the id its reply carries back. */
export type RatingsRequest = WorkerRequest<RatingsJob>;

export type RatingsReply =
  ({ id: number; ok: true } & RatingsAnswer) | { id: number; ok: false; message: string };
