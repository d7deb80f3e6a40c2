import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME, openDatabase } from './db';
import { LATEST_SCHEMA_VERSION, migrate, migrations, schemaVersionOf } from './migrations';
import { startTestServer } from '../test/harness';

describe('schema migrations', () => {
  const folders: string[] = [];
  const newFolder = (): string => {
    const folder = mkdtempSync(join(tmpdir(), 'city-server-migrations-'));
    folders.push(folder);
    return folder;
  };
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('numbers the steps 1, 2, … in order', () => {
    expect(migrations.map((migration) => migration.version)).toEqual(migrations.map((_, index) => index + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(migrations.length);
  });

  it('opens a new database at the latest version, in WAL mode', () => {
    const db = openDatabase(newFolder());
    expect(schemaVersionOf(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('brings a version-1 database up to date, keeping and filling in its data, and serves it', async () => {
    const folder = newFolder();
    const old = new Database(join(folder, DATABASE_FILE_NAME));
    migrate(old, 1);
    expect(schemaVersionOf(old)).toBe(1);
    old.exec(`
      INSERT INTO companies (id, name, district) VALUES ('co-1', 'ГБУ «Жилищник»', 'Орехово-Борисово Северное');
      INSERT INTO categories VALUES ('cat-1', NULL, 'Мой двор', 'My yard', 8, 0);
      INSERT INTO staff VALUES ('st-1', 'co-1', 'Анна', 'dispatcher', 1);
      INSERT INTO issues (id, company_id, number, category_id, title, description, address, district, lat, lng,
        created_at, received_at, deadline_at, status, assignee_id, priority, moderator_comment, rev)
      VALUES ('is-1', 'co-1', 'НГ-2025-0000001', 'cat-1', 'Яма', 'Яма во дворе', 'Ореховый бульвар, 22', 'Орехово-Борисово Северное',
        55.6, 37.7, 1767250800000, 1767250800000, 1768251599000, 'new', NULL, 'normal', NULL, 1);
    `);
    expect(() => old.prepare('SELECT first_deadline_at FROM issues').get()).toThrow();
    old.close();

    const reopened = openDatabase(folder);
    expect(schemaVersionOf(reopened)).toBe(LATEST_SCHEMA_VERSION);
    expect(reopened.prepare('SELECT deadline_at, first_deadline_at FROM issues').get()).toEqual({
      deadline_at: 1768251599000,
      first_deadline_at: 1768251599000,
    });
    expect(reopened.prepare('SELECT COUNT(*) AS count FROM issue_events').get()).toEqual({ count: 0 });
    reopened.close();

    // A second opening runs nothing again.
    const again = openDatabase(folder);
    expect(schemaVersionOf(again)).toBe(LATEST_SCHEMA_VERSION);
    again.close();

    const city = await startTestServer({ dataDir: folder, world: null });
    try {
      const issue = city.server.store.issues.find('is-1');
      expect(issue?.issue).toMatchObject({
        number: 'НГ-2025-0000001',
        deadlineAt: '2026-01-12T23:59:59+03:00',
        status: 'new',
      });
      expect(issue?.firstDeadlineAt).toBe('2026-01-12T23:59:59+03:00');
    } finally {
      await city.close();
    }
  });

  it('refuses a database from a newer server', () => {
    const folder = newFolder();
    const db = new Database(join(folder, DATABASE_FILE_NAME));
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openDatabase(folder)).toThrow(/newer/);
  });
});
