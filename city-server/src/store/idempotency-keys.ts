import type Database from 'better-sqlite3';

// The first successful answer to each company's idempotency key, written in the same
// transaction as the change it describes.

export interface StoredAnswer {
  fingerprint: string;
  status: number;
  body: string;
}

export class IdempotencyKeyRepository {
  private readonly byKey;
  private readonly insertStatement;
  private readonly purgeStatement;

  constructor(db: Database.Database) {
    this.byKey = db.prepare<[string, string], StoredAnswer>(
      'SELECT fingerprint, status, body FROM idempotency_keys WHERE company_id = ? AND key = ?',
    );
    this.insertStatement = db.prepare<[string, string, string, number, string, number]>(
      'INSERT INTO idempotency_keys (company_id, key, fingerprint, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.purgeStatement = db.prepare<[number]>('DELETE FROM idempotency_keys WHERE created_at < ?');
  }

  find(companyId: string, key: string): StoredAnswer | undefined {
    return this.byKey.get(companyId, key);
  }

  insert(companyId: string, key: string, answer: StoredAnswer, atMs: number): void {
    this.insertStatement.run(companyId, key, answer.fingerprint, answer.status, answer.body, atMs);
  }

  purgeOlderThan(cutoffMs: number): number {
    return this.purgeStatement.run(cutoffMs).changes;
  }
}
