import { wordSimilarity, wordStems } from './normalise';

// The moderators' reasons for returning answers, grouped: comments that say the same thing in
// slightly other words («Ответ носит формальный характер…», «ответ формальный, опишите
// выполненные работы») count as one reason. The rule, which a person can check by hand: a
// wording joins the reason whose most common wording shares at least half of their words
// (Jaccard of the word stems, normalise.ts, ≥ SAME_REASON); otherwise it is a reason of its own.
// Wordings are taken most common first (of equal counts, the first seen), so each reason is named
// by the words moderators use most.

/** Jaccard of word stems from which two comments are one reason (see group-reasons.node.test.ts). */
export const SAME_REASON = 0.5;

export interface ReasonGroup {
  /** The most common wording of the reason, as a moderator wrote it. */
  label: string;
  /** Comments of this reason. */
  count: number;
  /** The different wordings counted in it. */
  wordings: string[];
}

interface Wording {
  text: string;
  count: number;
  stems: string[];
}

/** A comment as one wording: the spaces around and between its words evened out. */
export const wordingOf = (comment: string): string => comment.trim().replace(/\s+/g, ' ');

/** Counts each wording; empty comments are no reason. */
function countWordings(comments: Iterable<string>): Wording[] {
  const counts = new Map<string, number>();
  for (const comment of comments) {
    const text = wordingOf(comment);
    if (text !== '') counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return [...counts]
    .map(([text, count]) => ({ text, count, stems: wordStems(text) }))
    .sort((a, b) => b.count - a.count); // equal counts keep the order first seen: a stable sort
}

/** The reasons, the most frequent first (ties by the label's alphabetical order). */
export function groupReasons(comments: Iterable<string>): ReasonGroup[] {
  const groups: (ReasonGroup & { stems: string[] })[] = [];
  for (const wording of countWordings(comments)) {
    let best: (typeof groups)[number] | undefined;
    let bestSimilarity = 0;
    for (const group of groups) {
      const similarity = wordSimilarity(group.stems, wording.stems);
      if (similarity > bestSimilarity) [best, bestSimilarity] = [group, similarity];
    }
    if (best !== undefined && bestSimilarity >= SAME_REASON) {
      best.count += wording.count;
      best.wordings.push(wording.text);
    } else
      groups.push({
        label: wording.text,
        count: wording.count,
        wordings: [wording.text],
        stems: wording.stems,
      });
  }
  return groups
    .map(({ label, count, wordings }) => ({ label, count, wordings }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'ru'));
}
