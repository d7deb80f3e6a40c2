import type Database from 'better-sqlite3';
import { z } from 'zod';
import { ReportPhoto, ReportStatus, type Report } from '@shared/domain';
import { formatMoscow, parseInstant } from '../time';

// Resolution reports, each kept with the company that sent it: a report stays its
// author company's even when the city later moves the issue elsewhere.

export interface ReportRecord {
  companyId: string;
  report: Report;
}

interface ReportRow {
  id: string;
  company_id: string;
  client_report_id: string;
  issue_id: string;
  author_id: string;
  text: string;
  photos: string;
  completed_at: number;
  submitted_at: number;
  status: string;
  moderator_comment: string | null;
  decided_at: number | null;
  rev: number;
}

type ReportParams = ReportRow;

const StoredPhotos = z.array(ReportPhoto);

const recordOf = (row: ReportRow): ReportRecord => ({
  companyId: row.company_id,
  report: {
    id: row.id,
    clientReportId: row.client_report_id,
    issueId: row.issue_id,
    authorId: row.author_id,
    text: row.text,
    photos: StoredPhotos.parse(JSON.parse(row.photos)),
    completedAt: formatMoscow(row.completed_at),
    submittedAt: formatMoscow(row.submitted_at),
    status: ReportStatus.parse(row.status),
    moderatorComment: row.moderator_comment,
    decidedAt: row.decided_at === null ? null : formatMoscow(row.decided_at),
    rev: row.rev,
  },
});

const paramsOf = ({ companyId, report }: ReportRecord): ReportParams => ({
  id: report.id,
  company_id: companyId,
  client_report_id: report.clientReportId,
  issue_id: report.issueId,
  author_id: report.authorId,
  text: report.text,
  photos: JSON.stringify(report.photos),
  completed_at: parseInstant(report.completedAt),
  submitted_at: parseInstant(report.submittedAt),
  status: report.status,
  moderator_comment: report.moderatorComment,
  decided_at: report.decidedAt === null ? null : parseInstant(report.decidedAt),
  rev: report.rev,
});

export class ReportRepository {
  private readonly byId;
  private readonly byClientId;
  private readonly ofIssue;
  private readonly everything;
  private readonly insertStatement;
  private readonly updateStatement;

  constructor(db: Database.Database) {
    this.byId = db.prepare<[string], ReportRow>('SELECT * FROM reports WHERE id = ?');
    this.byClientId = db.prepare<[string, string], ReportRow>(
      'SELECT * FROM reports WHERE company_id = ? AND client_report_id = ?',
    );
    this.ofIssue = db.prepare<[string], ReportRow>(
      'SELECT * FROM reports WHERE issue_id = ? ORDER BY submitted_at, rowid',
    );
    this.everything = db.prepare<[], ReportRow>('SELECT * FROM reports ORDER BY submitted_at, rowid');
    this.insertStatement = db.prepare<ReportParams>(
      `INSERT INTO reports (id, company_id, client_report_id, issue_id, author_id, text, photos, completed_at,
         submitted_at, status, moderator_comment, decided_at, rev)
       VALUES (@id, @company_id, @client_report_id, @issue_id, @author_id, @text, @photos, @completed_at,
         @submitted_at, @status, @moderator_comment, @decided_at, @rev)`,
    );
    this.updateStatement = db.prepare<ReportParams>(
      `UPDATE reports SET company_id = @company_id, client_report_id = @client_report_id, issue_id = @issue_id,
         author_id = @author_id, text = @text, photos = @photos, completed_at = @completed_at,
         submitted_at = @submitted_at, status = @status, moderator_comment = @moderator_comment,
         decided_at = @decided_at, rev = @rev
       WHERE id = @id`,
    );
  }

  find(id: string): ReportRecord | undefined {
    const row = this.byId.get(id);
    return row === undefined ? undefined : recordOf(row);
  }

  findByClientId(companyId: string, clientReportId: string): ReportRecord | undefined {
    const row = this.byClientId.get(companyId, clientReportId);
    return row === undefined ? undefined : recordOf(row);
  }

  /** The issue's reports, oldest first. */
  ofIssueId(issueId: string): ReportRecord[] {
    return this.ofIssue.all(issueId).map(recordOf);
  }

  all(): ReportRecord[] {
    return this.everything.all().map(recordOf);
  }

  insert(record: ReportRecord): void {
    this.insertStatement.run(paramsOf(record));
  }

  update(record: ReportRecord): void {
    this.updateStatement.run(paramsOf(record));
  }
}
