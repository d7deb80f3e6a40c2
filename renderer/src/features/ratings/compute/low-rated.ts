import { instantMs } from './instants';
import type { PeriodIssues } from './period-issues';
import type { RowIndex } from './row-index';
import type { RatingsRating } from './rows';
import { topicName, type RowName } from './topic-name';

/** Scores at or below this are the answers residents were unhappy with. */
export const LOW_SCORE = 2;
/** The list shows the worst first; more than this is a job for the CSV. */
export const LOW_RATED_LIMIT = 100;

export interface LowRatedAnswer {
  ratingId: string;
  score: number;
  comment: string | null;
  ratedAt: string;
  issueId: string;
  issueNumber: string;
  address: string;
  topic: RowName;
  /** The report the resident rated; null when the replica does not have it. */
  report: {
    text: string;
    photoCount: number;
    authorId: string;
    authorName: string | null;
    submittedAt: string;
  } | null;
}

export interface LowRatedAnswers {
  answers: LowRatedAnswer[];
  /** All of them in the period, of which `answers` are the first LOW_RATED_LIMIT. */
  total: number;
}

interface LowRating {
  rating: RatingsRating;
  position: number;
  ratedMs: number;
}

/** The rated report among the issue's city reports (the first sent of that id), or null. */
function ratedReport(index: RowIndex, position: number, reportId: string): LowRatedAnswer['report'] {
  const { table, rows } = index;
  const slot = table.slot[position] ?? 0;
  for (let at = table.reportStart[slot] ?? 0; at < (table.reportStart[slot + 1] ?? 0); at += 1) {
    const report = rows.reports[table.reportOrder[at] ?? 0];
    if (report?.id !== reportId) continue;
    return {
      text: report.text,
      photoCount: report.photoCount,
      authorId: report.authorId,
      authorName: index.staff.get(report.authorId)?.name ?? null,
      submittedAt: report.submittedAt ?? '',
    };
  }
  return null;
}

function answerOf(index: RowIndex, { rating, position }: LowRating): LowRatedAnswer {
  const issue = index.rows.issues[position];
  return {
    ratingId: rating.id,
    score: rating.score,
    comment: rating.comment,
    ratedAt: rating.ratedAt,
    issueId: issue?.id ?? rating.issueId,
    issueNumber: issue?.number ?? '',
    address: issue?.address ?? '',
    topic: topicName(issue?.categoryId ?? '', index),
    report: ratedReport(index, position, rating.reportId),
  };
}

/**
 * The lowest-rated answers to the period's issues: lowest score first, then the most recent.
 * Only the answers shown are put together; the rest are counted.
 */
export function lowRatedAnswers(period: PeriodIssues, index: RowIndex): LowRatedAnswers {
  const { table, rows } = index;
  const low: LowRating[] = [];
  for (let at = 0; at < period.count; at += 1) {
    const position = period.positions[at] ?? 0;
    const slot = table.slot[position] ?? 0;
    for (let entry = table.ratingStart[slot] ?? 0; entry < (table.ratingStart[slot + 1] ?? 0); entry += 1) {
      const rating = rows.ratings[table.ratingOrder[entry] ?? 0];
      if (rating === undefined || rating.score > LOW_SCORE) continue;
      low.push({ rating, position, ratedMs: instantMs(rating.ratedAt) });
    }
  }
  low.sort((a, b) => a.rating.score - b.rating.score || b.ratedMs - a.ratedMs);
  return { answers: low.slice(0, LOW_RATED_LIMIT).map((found) => answerOf(index, found)), total: low.length };
}
