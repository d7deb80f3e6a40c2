import type Database from 'better-sqlite3';
import { IssueStatus, Priority, type Issue, type PhotoRef } from '@shared/domain';
import { formatMoscow, parseInstant } from '../time';

// Issues as the city keeps them: the contract's record, plus who holds it now (null once
// the city withdrew it without a new destination) and the deadline before any reopening.

export interface IssueRecord {
  companyId: string | null;
  firstDeadlineAt: string;
  issue: Issue;
}

export type IssueEventKind = 'assigned' | 'reopened' | 'withdrawn' | 'moved_in';

export interface IssueListPage {
  issues: Issue[];
  hasMore: boolean;
}

interface IssueRow {
  id: string;
  company_id: string | null;
  number: string;
  category_id: string;
  title: string;
  description: string;
  address: string;
  district: string;
  lat: number;
  lng: number;
  created_at: number;
  received_at: number;
  deadline_at: number;
  first_deadline_at: number | null;
  status: string;
  assignee_id: string | null;
  priority: string;
  moderator_comment: string | null;
  rev: number;
}

/** The row's columns as named statement parameters. */
type IssueParams = Omit<IssueRow, 'first_deadline_at'> & { first_deadline_at: number };

const paramsOf = (record: IssueRecord): IssueParams => {
  const { issue } = record;
  return {
    id: issue.id,
    company_id: record.companyId,
    number: issue.number,
    category_id: issue.categoryId,
    title: issue.title,
    description: issue.description,
    address: issue.address,
    district: issue.district,
    lat: issue.lat,
    lng: issue.lng,
    created_at: parseInstant(issue.createdAt),
    received_at: parseInstant(issue.receivedAt),
    deadline_at: parseInstant(issue.deadlineAt),
    first_deadline_at: parseInstant(record.firstDeadlineAt),
    status: issue.status,
    assignee_id: issue.assigneeId,
    priority: issue.priority,
    moderator_comment: issue.moderatorComment,
    rev: issue.rev,
  };
};

const issueOf = (row: IssueRow, residentPhotos: PhotoRef[]): Issue => ({
  id: row.id,
  number: row.number,
  categoryId: row.category_id,
  title: row.title,
  description: row.description,
  address: row.address,
  district: row.district,
  lat: row.lat,
  lng: row.lng,
  createdAt: formatMoscow(row.created_at),
  receivedAt: formatMoscow(row.received_at),
  deadlineAt: formatMoscow(row.deadline_at),
  status: IssueStatus.parse(row.status),
  assigneeId: row.assignee_id,
  priority: Priority.parse(row.priority),
  residentPhotos,
  moderatorComment: row.moderator_comment,
  rev: row.rev,
});

/**
 * One company's issues of up to every status, after an id, in id order. Each status is its
 * own walk of the (company_id, status, id) index, stopped after `limit` rows, and the walks
 * are merged: a page costs about `limit` rows per status asked for, however many resolved
 * issues lie between the open ones. A status not asked for is bound to NULL, which matches
 * nothing, so one prepared statement serves every choice of statuses.
 */
const STATUS_SLOTS = IssueStatus.options.length;
const listSql = `SELECT * FROM (${Array.from(
  { length: STATUS_SLOTS },
  (_, slot) =>
    `SELECT * FROM (SELECT * FROM issues WHERE company_id = @company AND status = @s${slot} AND id > @after ORDER BY id LIMIT @limit)`,
).join(' UNION ALL ')}) ORDER BY id LIMIT @limit`;

type ListParams = { company: string; after: string; limit: number } & Record<`s${number}`, string | null>;

export class IssueRepository {
  private readonly byId;
  private readonly photosOf;
  private readonly insertStatement;
  private readonly updateStatement;
  private readonly insertPhoto;
  private readonly withdrawalOf;
  private readonly insertWithdrawal;
  private readonly deleteWithdrawal;
  private readonly insertEvent;
  private readonly countEvents;
  private readonly byNumber;
  private readonly listStatement;
  private readonly photosOfMany;

  constructor(db: Database.Database) {
    this.byId = db.prepare<[string], IssueRow>('SELECT * FROM issues WHERE id = ?');
    this.photosOf = db.prepare<[string], PhotoRef>(
      'SELECT sha256, width, height FROM issue_photos WHERE issue_id = ? ORDER BY position',
    );
    this.insertStatement = db.prepare<IssueParams>(
      `INSERT INTO issues (id, company_id, number, category_id, title, description, address, district, lat, lng,
         created_at, received_at, deadline_at, first_deadline_at, status, assignee_id, priority, moderator_comment, rev)
       VALUES (@id, @company_id, @number, @category_id, @title, @description, @address, @district, @lat, @lng,
         @created_at, @received_at, @deadline_at, @first_deadline_at, @status, @assignee_id, @priority,
         @moderator_comment, @rev)`,
    );
    this.updateStatement = db.prepare<IssueParams>(
      `UPDATE issues SET company_id = @company_id, number = @number, category_id = @category_id, title = @title,
         description = @description, address = @address, district = @district, lat = @lat, lng = @lng,
         created_at = @created_at, received_at = @received_at, deadline_at = @deadline_at,
         first_deadline_at = @first_deadline_at, status = @status, assignee_id = @assignee_id, priority = @priority,
         moderator_comment = @moderator_comment, rev = @rev
       WHERE id = @id`,
    );
    this.insertPhoto = db.prepare<[string, number, string, number, number]>(
      'INSERT INTO issue_photos (issue_id, position, sha256, width, height) VALUES (?, ?, ?, ?, ?)',
    );
    this.withdrawalOf = db.prepare<[string, string], { withdrawn_at: number }>(
      'SELECT withdrawn_at FROM issue_withdrawals WHERE issue_id = ? AND company_id = ?',
    );
    this.insertWithdrawal = db.prepare<[string, string, number]>(
      'INSERT OR REPLACE INTO issue_withdrawals (issue_id, company_id, withdrawn_at) VALUES (?, ?, ?)',
    );
    this.deleteWithdrawal = db.prepare<[string, string]>(
      'DELETE FROM issue_withdrawals WHERE issue_id = ? AND company_id = ?',
    );
    this.insertEvent = db.prepare<[string, string, string, number, string]>(
      'INSERT INTO issue_events (issue_id, company_id, kind, at, data) VALUES (?, ?, ?, ?, ?)',
    );
    this.byNumber = db.prepare<[string], { found: number }>(
      'SELECT 1 AS found FROM issues WHERE number = ? LIMIT 1',
    );
    this.listStatement = db.prepare<ListParams, IssueRow>(listSql);
    this.photosOfMany = db.prepare<[string], PhotoRef & { issue_id: string }>(
      `SELECT issue_id, sha256, width, height FROM issue_photos
       WHERE issue_id IN (SELECT value FROM json_each(?)) ORDER BY issue_id, position`,
    );
    this.countEvents = db.prepare<[string, string], { count: number }>(
      'SELECT COUNT(*) AS count FROM issue_events WHERE issue_id = ? AND kind = ?',
    );
  }

  find(id: string): IssueRecord | undefined {
    const row = this.byId.get(id);
    if (row === undefined) return undefined;
    return {
      companyId: row.company_id,
      firstDeadlineAt: formatMoscow(row.first_deadline_at ?? row.deadline_at),
      issue: issueOf(row, this.photosOf.all(row.id)),
    };
  }

  /** Up to `limit` of the company's issues whose status is one of `statuses`, with ids after `afterId`. */
  list(companyId: string, statuses: readonly IssueStatus[], afterId: string, limit: number): IssueListPage {
    const params: ListParams = { company: companyId, after: afterId, limit: limit + 1 };
    const wanted = [...new Set(statuses)];
    for (let slot = 0; slot < STATUS_SLOTS; slot += 1) params[`s${slot}`] = wanted[slot] ?? null;
    const rows = this.listStatement.all(params);
    const page = rows.slice(0, limit);
    const photos = new Map<string, PhotoRef[]>();
    for (const { issue_id, ...photo } of this.photosOfMany.all(JSON.stringify(page.map((row) => row.id)))) {
      const list = photos.get(issue_id);
      if (list === undefined) photos.set(issue_id, [photo]);
      else list.push(photo);
    }
    return {
      issues: page.map((row) => issueOf(row, photos.get(row.id) ?? [])),
      hasMore: rows.length > limit,
    };
  }

  insert(record: IssueRecord): void {
    this.insertStatement.run(paramsOf(record));
    record.issue.residentPhotos.forEach((photo, position) => {
      this.insertPhoto.run(record.issue.id, position, photo.sha256, photo.width, photo.height);
    });
  }

  /** Writes the record's current state; resident photos never change after filing. */
  update(record: IssueRecord): void {
    this.updateStatement.run(paramsOf(record));
  }

  wasWithdrawnFrom(issueId: string, companyId: string): boolean {
    return this.withdrawalOf.get(issueId, companyId) !== undefined;
  }

  recordWithdrawal(issueId: string, companyId: string, atMs: number): void {
    this.insertWithdrawal.run(issueId, companyId, atMs);
  }

  /** An issue the city routes back to a company it once took it from is that company's again. */
  clearWithdrawal(issueId: string, companyId: string): void {
    this.deleteWithdrawal.run(issueId, companyId);
  }

  recordEvent(
    issueId: string,
    companyId: string,
    kind: IssueEventKind,
    atMs: number,
    data: object = {},
  ): void {
    this.insertEvent.run(issueId, companyId, kind, atMs, JSON.stringify(data));
  }

  numberTaken(number: string): boolean {
    return this.byNumber.get(number) !== undefined;
  }

  eventCount(issueId: string, kind: IssueEventKind): number {
    return this.countEvents.get(issueId, kind)?.count ?? 0;
  }
}
