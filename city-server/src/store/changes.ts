import type Database from 'better-sqlite3';
import type { Change } from '@shared/domain';

// The change feed: one row per change, in the order of a server-wide sequence. Rows are
// never updated or deleted, and each holds the full record as it was then, which is what
// makes a cursor stable: the rows after a given sequence number only ever grow.
// The rows one mutation writes (a report and its issue, say) share a mutation number, and
// a page never ends in the middle of one, so a replica never sees half a mutation.

export interface ChangeRow {
  seq: number;
  mutation: number;
  payload: string;
}

export interface ChangePageRows {
  rows: ChangeRow[];
  hasMore: boolean;
}

export interface MutationWriter {
  emit(companyId: string, change: Change): void;
}

const entityIdOf = (change: Change): string => {
  switch (change.kind) {
    case 'issue':
      return change.issue.id;
    case 'issue_removed':
      return change.id;
    case 'report':
      return change.report.id;
    case 'rating':
      return change.rating.id;
    case 'staff':
      return change.staff.id;
    case 'category':
      return change.category.id;
  }
};

export class ChangeFeed {
  private readonly insertStatement;
  private readonly after;
  private readonly restOfMutation;
  private readonly anyAfter;
  private readonly lastSeqStatement;
  private lastMutation: number;

  constructor(db: Database.Database) {
    this.insertStatement = db.prepare<[string, number, string, string, string]>(
      'INSERT INTO changes (company_id, mutation, kind, entity_id, payload) VALUES (?, ?, ?, ?, ?)',
    );
    this.after = db.prepare<[string, number, number], ChangeRow>(
      'SELECT seq, mutation, payload FROM changes WHERE company_id = ? AND seq > ? ORDER BY seq LIMIT ?',
    );
    this.restOfMutation = db.prepare<[string, number, number], ChangeRow>(
      'SELECT seq, mutation, payload FROM changes WHERE company_id = ? AND seq > ? AND mutation = ? ORDER BY seq',
    );
    this.anyAfter = db.prepare<[string, number], { found: number }>(
      'SELECT 1 AS found FROM changes WHERE company_id = ? AND seq > ? LIMIT 1',
    );
    this.lastSeqStatement = db.prepare<[], { seq: number | null }>('SELECT MAX(seq) AS seq FROM changes');
    const lastMutation = db
      .prepare<[], { mutation: number | null }>('SELECT MAX(mutation) AS mutation FROM changes')
      .get();
    this.lastMutation = lastMutation?.mutation ?? 0;
  }

  /** Starts a mutation; call inside the transaction that makes the change. */
  begin(): MutationWriter {
    this.lastMutation += 1;
    const mutation = this.lastMutation;
    return {
      emit: (companyId, change) => {
        this.insertStatement.run(
          companyId,
          mutation,
          change.kind,
          entityIdOf(change),
          JSON.stringify(change),
        );
      },
    };
  }

  lastSeq(): number {
    return this.lastSeqStatement.get()?.seq ?? 0;
  }

  /** Up to `limit` changes after `afterSeq`, never splitting a mutation. */
  page(companyId: string, afterSeq: number, limit: number): ChangePageRows {
    const rows = this.after.all(companyId, afterSeq, limit + 1);
    if (rows.length <= limit) return { rows, hasMore: false };
    const page = rows.slice(0, limit);
    const next = rows[limit];
    const lastMutation = page[page.length - 1]?.mutation;
    if (next === undefined || next.mutation !== lastMutation) return { rows: page, hasMore: true };
    const whole = page.filter((row) => row.mutation !== lastMutation);
    if (whole.length > 0) return { rows: whole, hasMore: true };
    // One mutation larger than the page: give it whole rather than split it.
    const mutationRows = this.restOfMutation.all(companyId, afterSeq, lastMutation);
    const lastSeq = mutationRows[mutationRows.length - 1]?.seq ?? afterSeq;
    return { rows: mutationRows, hasMore: this.anyAfter.get(companyId, lastSeq) !== undefined };
  }
}
