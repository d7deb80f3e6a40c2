import type Database from 'better-sqlite3';
import type { Rating } from '@shared/domain';
import { formatMoscow, parseInstant } from '../time';

// Residents' ratings of published answers; the company that gave the answer is the one rated.

export interface RatingRecord {
  companyId: string;
  rating: Rating;
}

interface RatingRow {
  id: string;
  company_id: string;
  issue_id: string;
  report_id: string;
  score: number;
  comment: string | null;
  rated_at: number;
}

export class RatingRepository {
  private readonly ofReport;
  private readonly insertStatement;

  constructor(db: Database.Database) {
    this.ofReport = db.prepare<[string], RatingRow>('SELECT * FROM ratings WHERE report_id = ?');
    this.insertStatement = db.prepare<[string, string, string, string, number, string | null, number]>(
      'INSERT INTO ratings (id, company_id, issue_id, report_id, score, comment, rated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
  }

  forReport(reportId: string): RatingRecord | undefined {
    const row = this.ofReport.get(reportId);
    if (row === undefined) return undefined;
    return {
      companyId: row.company_id,
      rating: {
        id: row.id,
        issueId: row.issue_id,
        reportId: row.report_id,
        score: row.score,
        comment: row.comment,
        ratedAt: formatMoscow(row.rated_at),
      },
    };
  }

  insert({ companyId, rating }: RatingRecord): void {
    this.insertStatement.run(
      rating.id,
      companyId,
      rating.issueId,
      rating.reportId,
      rating.score,
      rating.comment,
      parseInstant(rating.ratedAt),
    );
  }
}
