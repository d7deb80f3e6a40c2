import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DeskDb } from '../../../db/database';
import { freshDbs } from '../../../db/test/fresh-dbs';
import type { IssueStatus } from '@shared/domain';
import { categories, issueRecord, staff } from '../test/fixtures';
import { buildLookups } from '../model/lookups';
import { deadlineWindowAt } from '../model/deadline-window';
import { emptyQuery, type QueueQuery } from '../model/query';
import { readFirstScreen } from './first-screen';

const dbs = freshDbs('first-screen-test');
const freshDb = dbs.open;

afterEach(async () => {
  vi.restoreAllMocks();
  await dbs.removeAll();
});

const { children } = buildLookups(categories, staff, 'ru');
const window = deadlineWindowAt(Date.parse('2026-12-01T10:00:00+03:00'));
const day = (n: number) =>
  `2026-${n < 31 ? '11' : '12'}-${String(n < 31 ? n : n - 30).padStart(2, '0')}T18:00:00+03:00`;

/** A year's replica in small: many resolved issues, few still open. */
async function replica(
  db: DeskDb,
  resolved: number,
  open: { id: string; status: IssueStatus; day: number }[],
) {
  await db.issues.bulkAdd([
    ...Array.from({ length: resolved }, (_, i) =>
      issueRecord({
        id: `res-${String(i).padStart(4, '0')}`,
        status: 'resolved',
        deadlineAt: day(1 + (i % 40)),
      }),
    ),
    ...open.map(({ id, status, day: at }) => issueRecord({ id, status, deadlineAt: day(at) })),
  ]);
}

const ids = (screen: Awaited<ReturnType<typeof readFirstScreen>>) =>
  screen?.columns.rows.map((row) => row.id);

describe('the queue’s first screen, read through the replica’s indexes', () => {
  it('reads a small open work whole through its own index, without touching the resolved ones', async () => {
    const db = await freshDb();
    await replica(db, 300, [
      { id: 'o-1', status: 'new', day: 12 },
      { id: 'o-2', status: 'in_progress', day: 3 },
      { id: 'o-3', status: 'returned', day: 7 },
    ]);
    const wholeTable = vi.spyOn(db.issues, 'toArray');
    const inOrder = vi.spyOn(db.issues, 'orderBy');
    const screen = await readFirstScreen(db, emptyQuery, window, children);
    expect(screen?.complete).toBe(true);
    expect(ids(screen)?.sort()).toEqual(['o-1', 'o-2', 'o-3']);
    // Only the open statuses' index was asked: neither the whole table nor a walk of every issue in some order.
    expect(wholeTable).not.toHaveBeenCalled();
    expect(inOrder).not.toHaveBeenCalled();
  });

  it('reads a large open work only to its first screenful, the earliest deadlines of every status merged', async () => {
    const db = await freshDb();
    const statuses: IssueStatus[] = ['new', 'in_progress', 'returned', 'reopened'];
    // 600 open issues, deadlines spread over a month, statuses in turn; and resolved ones with earlier deadlines.
    const open = Array.from({ length: 600 }, (_, i) => ({
      id: `o-${String(i).padStart(4, '0')}`,
      status: statuses[i % statuses.length] ?? 'new',
      day: 1 + ((i * 7) % 40),
    }));
    await replica(db, 200, open);
    // Every row of the view matches: each status's first rows come in one read, no walk issue by issue.
    const walked = vi.spyOn(db.Collection.prototype, 'filter');
    const screen = await readFirstScreen(db, emptyQuery, window, children);
    expect(walked).not.toHaveBeenCalled();
    expect(screen?.complete).toBe(false);
    const rows = screen?.columns.rows ?? [];
    expect(rows.length).toBeGreaterThan(50);
    expect(rows.length).toBeLessThan(600);
    expect(rows.every((row) => row.status !== 'resolved')).toBe(true);
    // Exactly the first rows of the whole answer: no open issue due earlier than the last one kept is missing.
    const latestKept = Math.max(...rows.map((row) => row.deadlineMs));
    const dueBefore = open
      .filter((issue) => Date.parse(day(issue.day)) < latestKept)
      .map((issue) => issue.id);
    const kept = new Set(rows.map((row) => row.id));
    expect(dueBefore.filter((id) => !kept.has(id))).toEqual([]);
    expect(rows.filter((row) => row.deadlineMs < latestKept)).toHaveLength(dueBefore.length);
  });

  it('reads all the open work by status for another sort, and then knows every row', async () => {
    const db = await freshDb();
    await replica(
      db,
      100,
      Array.from({ length: 300 }, (_, i) => ({ id: `o-${i}`, status: 'new' as const, day: 1 + (i % 40) })),
    );
    const query: QueueQuery = { ...emptyQuery, sort: { column: 'number', direction: 'asc' } };
    const screen = await readFirstScreen(db, query, window, children);
    expect(screen?.complete).toBe(true);
    expect(screen?.columns.rows).toHaveLength(300);
  });

  it('keeps the view’s own rule: the overdue view reads the open work and keeps the late ones', async () => {
    const db = await freshDb();
    await replica(db, 50, [
      { id: 'late', status: 'in_progress', day: 20 },
      { id: 'due', status: 'new', day: 33 },
    ]);
    const query: QueueQuery = { ...emptyQuery, view: 'overdue' };
    const screen = await readFirstScreen(db, query, window, children);
    expect(ids(screen)).toEqual(['late']);
    expect(screen?.complete).toBe(true);
  });

  it('walks every issue in deadline order only until a screenful: the first rows, and the word that more are coming', async () => {
    const db = await freshDb();
    await replica(db, 400, []);
    const query: QueueQuery = { ...emptyQuery, view: 'all' };
    const screen = await readFirstScreen(db, query, window, children);
    expect(screen?.complete).toBe(false);
    const rows = screen?.columns.rows ?? [];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(400);
    // The earliest deadlines of the replica, as the full index would put first.
    const deadlines = rows.map((row) => row.deadlineMs);
    expect(Math.max(...deadlines)).toBeLessThanOrEqual(Date.parse(day(1 + Math.floor(rows.length / 10))));
  });

  it('says it cannot serve a sort without an index: the full index answers that one', async () => {
    const db = await freshDb();
    await replica(db, 30, []);
    const query: QueueQuery = { ...emptyQuery, view: 'all', sort: { column: 'number', direction: 'asc' } };
    expect(await readFirstScreen(db, query, window, children)).toBeNull();
  });
});
