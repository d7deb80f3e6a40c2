import { instantMs } from './instants';
import type { IssueFacts } from './issue-facts';
import type { RowIndex } from './row-index';
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

/** The lowest-rated answers to the period's issues: lowest score first, then the most recent. */
export function lowRatedAnswers(facts: readonly IssueFacts[], index: RowIndex): LowRatedAnswers {
  const low: { answer: LowRatedAnswer; ratedMs: number }[] = [];
  for (const { issue, ratings } of facts) {
    for (const rating of ratings) {
      if (rating.score > LOW_SCORE) continue;
      const rated = index.byIssue.get(issue.id)?.reports.find((report) => report.id === rating.reportId);
      const answer: LowRatedAnswer = {
        ratingId: rating.id,
        score: rating.score,
        comment: rating.comment,
        ratedAt: rating.ratedAt,
        issueId: issue.id,
        issueNumber: issue.number,
        address: issue.address,
        topic: topicName(issue.categoryId, index),
        report:
          rated === undefined
            ? null
            : {
                text: rated.report.text,
                photoCount: rated.report.photoCount,
                authorId: rated.report.authorId,
                authorName: index.staff.get(rated.report.authorId)?.name ?? null,
                submittedAt: rated.report.submittedAt ?? '',
              },
      };
      low.push({ answer, ratedMs: instantMs(rating.ratedAt) });
    }
  }
  low.sort((a, b) => a.answer.score - b.answer.score || b.ratedMs - a.ratedMs);
  return { answers: low.slice(0, LOW_RATED_LIMIT).map(({ answer }) => answer), total: low.length };
}
