import type Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { Catalog } from './catalog';
import { ChangeFeed } from './changes';
import { openDatabase } from './db';
import { IdempotencyKeyRepository } from './idempotency-keys';
import { IssueRepository } from './issues';
import { PhotoRepository } from './photos';
import { RatingRepository } from './ratings';
import { ReportRepository } from './reports';
import { TokenRepository } from './tokens';

// Everything the server keeps, behind one object: the database and a repository per table
// group, each with its statements prepared once.

export class CityStore {
  readonly catalog: Catalog;
  readonly issues: IssueRepository;
  readonly reports: ReportRepository;
  readonly ratings: RatingRepository;
  readonly photos: PhotoRepository;
  readonly idempotencyKeys: IdempotencyKeyRepository;
  readonly tokens: TokenRepository;
  readonly changes: ChangeFeed;
  private readonly metaValue;
  private readonly insertMeta;

  constructor(readonly db: Database.Database) {
    this.catalog = new Catalog(db);
    this.issues = new IssueRepository(db);
    this.reports = new ReportRepository(db);
    this.ratings = new RatingRepository(db);
    this.photos = new PhotoRepository(db);
    this.idempotencyKeys = new IdempotencyKeyRepository(db);
    this.tokens = new TokenRepository(db);
    this.changes = new ChangeFeed(db);
    this.metaValue = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?');
    this.insertMeta = db.prepare<[string, string]>('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)');
  }

  /** Runs `work` in one transaction: everything it writes lands together or not at all. */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  /**
   * A random secret made on first use and kept in the database, so that what it signs
   * (feed cursors) stays valid across restarts with the same data folder.
   */
  secret(name: string): string {
    const existing = this.metaValue.get(name);
    if (existing !== undefined) return existing.value;
    this.insertMeta.run(name, randomBytes(32).toString('base64url'));
    return this.metaValue.get(name)?.value ?? '';
  }

  /** True when nothing was ever seeded or written: the only state a seed may go into. */
  isEmpty(): boolean {
    return this.catalog.companies().length === 0 && this.changes.lastSeq() === 0;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

export function openCityStore(dataDir: string): CityStore {
  return new CityStore(openDatabase(dataDir));
}
