import type Database from 'better-sqlite3';

// The database's shape, as an ordered list of steps. SQLite's `user_version` records how
// many have run; opening a database runs the missing ones, each in its own transaction,
// so an old data folder is brought up to date and never rebuilt.

export interface Migration {
  version: number;
  description: string;
  up: (db: Database.Database) => void;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    description:
      'companies, staff, logins, tokens, issues, reports, ratings, photos, idempotency keys, the change feed',
    up: (db) => {
      db.exec(`
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE companies (id TEXT PRIMARY KEY, name TEXT NOT NULL, district TEXT NOT NULL);
        CREATE TABLE categories (
          id TEXT PRIMARY KEY, parent_id TEXT, name_ru TEXT NOT NULL, name_en TEXT NOT NULL,
          sla_working_days INTEGER NOT NULL, after_photo_required INTEGER NOT NULL
        );
        CREATE TABLE staff (
          id TEXT PRIMARY KEY, company_id TEXT NOT NULL REFERENCES companies(id),
          name TEXT NOT NULL, role TEXT NOT NULL, active INTEGER NOT NULL
        );
        CREATE INDEX staff_company ON staff(company_id);
        CREATE TABLE logins (login TEXT PRIMARY KEY, staff_id TEXT NOT NULL REFERENCES staff(id), password_hash TEXT NOT NULL);
        CREATE TABLE access_tokens (token_hash TEXT PRIMARY KEY, staff_id TEXT NOT NULL, expires_at INTEGER NOT NULL);
        CREATE TABLE refresh_tokens (
          token_hash TEXT PRIMARY KEY, family_id TEXT NOT NULL, staff_id TEXT NOT NULL,
          expires_at INTEGER NOT NULL, used_at INTEGER
        );
        CREATE INDEX refresh_tokens_family ON refresh_tokens(family_id);
        CREATE TABLE issues (
          id TEXT PRIMARY KEY, company_id TEXT, number TEXT NOT NULL, category_id TEXT NOT NULL,
          title TEXT NOT NULL, description TEXT NOT NULL, address TEXT NOT NULL, district TEXT NOT NULL,
          lat REAL NOT NULL, lng REAL NOT NULL, created_at INTEGER NOT NULL, received_at INTEGER NOT NULL,
          deadline_at INTEGER NOT NULL, status TEXT NOT NULL, assignee_id TEXT, priority TEXT NOT NULL,
          moderator_comment TEXT, rev INTEGER NOT NULL
        );
        CREATE INDEX issues_company_received ON issues(company_id, received_at);
        CREATE TABLE issue_photos (
          issue_id TEXT NOT NULL, position INTEGER NOT NULL, sha256 TEXT NOT NULL, width INTEGER NOT NULL,
          height INTEGER NOT NULL, PRIMARY KEY (issue_id, position)
        ) WITHOUT ROWID;
        CREATE INDEX issue_photos_sha256 ON issue_photos(sha256);
        CREATE TABLE issue_withdrawals (
          issue_id TEXT NOT NULL, company_id TEXT NOT NULL, withdrawn_at INTEGER NOT NULL,
          PRIMARY KEY (issue_id, company_id)
        ) WITHOUT ROWID;
        CREATE TABLE reports (
          id TEXT PRIMARY KEY, company_id TEXT NOT NULL, client_report_id TEXT NOT NULL, issue_id TEXT NOT NULL,
          author_id TEXT NOT NULL, text TEXT NOT NULL, photos TEXT NOT NULL, completed_at INTEGER NOT NULL,
          submitted_at INTEGER NOT NULL, status TEXT NOT NULL, moderator_comment TEXT, decided_at INTEGER,
          rev INTEGER NOT NULL, UNIQUE (company_id, client_report_id)
        );
        CREATE INDEX reports_issue ON reports(issue_id, submitted_at);
        CREATE TABLE ratings (
          id TEXT PRIMARY KEY, company_id TEXT NOT NULL, issue_id TEXT NOT NULL, report_id TEXT NOT NULL,
          score INTEGER NOT NULL, comment TEXT, rated_at INTEGER NOT NULL
        );
        CREATE INDEX ratings_issue ON ratings(issue_id);
        CREATE TABLE photos (
          sha256 TEXT PRIMARY KEY, media_type TEXT NOT NULL, width INTEGER NOT NULL, height INTEGER NOT NULL,
          size INTEGER NOT NULL, data BLOB NOT NULL
        );
        CREATE TABLE photo_uploads (
          company_id TEXT NOT NULL, sha256 TEXT NOT NULL, uploaded_at INTEGER NOT NULL, PRIMARY KEY (company_id, sha256)
        ) WITHOUT ROWID;
        CREATE TABLE idempotency_keys (
          company_id TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL, status INTEGER NOT NULL,
          body TEXT NOT NULL, created_at INTEGER NOT NULL, PRIMARY KEY (company_id, key)
        ) WITHOUT ROWID;
        CREATE INDEX idempotency_keys_created ON idempotency_keys(created_at);
        CREATE TABLE changes (
          seq INTEGER PRIMARY KEY AUTOINCREMENT, company_id TEXT NOT NULL, mutation INTEGER NOT NULL,
          kind TEXT NOT NULL, entity_id TEXT NOT NULL, payload TEXT NOT NULL
        );
        CREATE INDEX changes_company_seq ON changes(company_id, seq);
      `);
    },
  },
  {
    // The company figures need what the issue row alone forgets: when an issue was
    // reopened, and the deadline it had before any reopening.
    version: 2,
    description: 'issue events (assigned, reopened, withdrawn) and the first deadline of every issue',
    up: (db) => {
      db.exec(`
        CREATE TABLE issue_events (
          id INTEGER PRIMARY KEY, issue_id TEXT NOT NULL, company_id TEXT NOT NULL, kind TEXT NOT NULL,
          at INTEGER NOT NULL, data TEXT NOT NULL
        );
        CREATE INDEX issue_events_issue ON issue_events(issue_id, kind);
        ALTER TABLE issues ADD COLUMN first_deadline_at INTEGER;
        UPDATE issues SET first_deadline_at = deadline_at;
      `);
    },
  },
  {
    // GET /issues walks one company's issues of some statuses in id order: per status, the
    // index gives the next page directly, without reading the resolved years in between.
    version: 3,
    description: 'an index of issues by company, status and id for GET /issues',
    up: (db) => {
      db.exec('CREATE INDEX issues_company_status_id ON issues(company_id, status, id);');
    },
  },
];

export const LATEST_SCHEMA_VERSION = migrations.length;

export const schemaVersionOf = (db: Database.Database): number => {
  const version: unknown = db.pragma('user_version', { simple: true });
  return typeof version === 'number' ? version : 0;
};

/** Runs every step above the database's version, up to `target` (the latest by default). */
export function migrate(db: Database.Database, target: number = LATEST_SCHEMA_VERSION): number {
  const current = schemaVersionOf(db);
  if (current > LATEST_SCHEMA_VERSION) {
    throw new Error(
      `The database is at schema version ${current}, newer than this server knows (${LATEST_SCHEMA_VERSION}).`,
    );
  }
  for (const migration of migrations) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return schemaVersionOf(db);
}
