import type { RiskFlag } from '../compute/types';

// What the UI thread and the risk worker (risk.worker.ts) say to each other.

export interface RiskJob {
  readonly dbName: string;
  /** The moment to judge at, epoch ms. */
  readonly now: number;
}

export type RiskReply =
  | { readonly id: number; readonly ok: true; readonly flags: RiskFlag[] }
  | { readonly id: number; readonly ok: false; readonly message: string };
