import { wordSimilarity, wordStems } from '../../../lib/moderator-words/normalise';
import { formalStems, workDoneStems } from './answer-words';

// The check of the answer's text before sending: does it say what was done about this
// complaint, or is it the kind of answer the moderator returns? Each finding is a rule a person
// can check by hand, over the text's word stems (lib/moderator-words/normalise.ts). None blocks
// sending: the supervisor decides.

/** Jaccard of stems from which an answer is "like" one the moderator returned on this topic. */
export const LIKE_RETURNED = 0.6;
/** Jaccard of stems from which the text is one of the company's templates, barely touched. */
export const LIKE_TEMPLATE = 0.7;
/**
 * Fewer meaningful words than this cannot say what was done and to what. The demo city's
 * accepted answers go down to three («Дождеприёмник очищен от листвы»); «Мусор вывезен» is two.
 */
export const MIN_WORDS = 3;

/** One of this company's answers on the topic that the moderator returned, and why. */
export interface ReturnedAnswer {
  text: string;
  comment: string;
  decidedAt: string | null;
}

export type AnswerCheckCode =
  | 'answer_specific'
  | 'answer_like_returned'
  | 'answer_template'
  | 'answer_formal'
  | 'answer_too_short'
  | 'answer_no_work_done';

export interface AnswerCheckResult {
  code: AnswerCheckCode;
  passed: boolean;
  numbers: Record<string, number>;
  /** For 'answer_like_returned': the returned answer it is like, with the moderator's reason. */
  returned?: ReturnedAnswer;
}

export interface AnswerContext {
  /** This company's returned answers on the topic (the replica's rejected reports). */
  returned: readonly ReturnedAnswer[];
  /** The company's standard answers for the topic (templates.ts). */
  templates: readonly string[];
}

const percent = (share: number): number => Math.round(share * 100);

function mostSimilar<T>(stems: string[], items: readonly T[], textOf: (item: T) => string) {
  let best: { item: T; similarity: number } | null = null;
  for (const item of items) {
    const similarity = wordSimilarity(stems, wordStems(textOf(item)));
    if (best === null || similarity > best.similarity) best = { item, similarity };
  }
  return best;
}

/**
 * What the moderator may find wrong with the text, most telling first; one passed result when
 * nothing is. An empty text is not checked here: the editor's own rules ask for one.
 */
export function checkAnswerText(text: string, context: AnswerContext): AnswerCheckResult[] {
  const stems = wordStems(text);
  if (stems.length === 0) return [];
  const found: AnswerCheckResult[] = [];
  const returned = mostSimilar(stems, context.returned, (it) => it.text);
  if (returned !== null && returned.similarity >= LIKE_RETURNED)
    found.push({
      code: 'answer_like_returned',
      passed: false,
      numbers: { similarity: percent(returned.similarity) },
      returned: returned.item,
    });
  const template = mostSimilar(stems, context.templates, (it) => it);
  if (template !== null && template.similarity >= LIKE_TEMPLATE)
    found.push({
      code: 'answer_template',
      passed: false,
      numbers: { similarity: percent(template.similarity) },
    });
  else if (stems.every((stem) => formalStems.has(stem)))
    found.push({ code: 'answer_formal', passed: false, numbers: {} });
  if (stems.length < MIN_WORDS)
    found.push({
      code: 'answer_too_short',
      passed: false,
      numbers: { words: stems.length, minimum: MIN_WORDS },
    });
  if (!stems.some((stem) => workDoneStems.has(stem)))
    found.push({ code: 'answer_no_work_done', passed: false, numbers: {} });
  return found.length > 0
    ? found
    : [{ code: 'answer_specific', passed: true, numbers: { words: stems.length } }];
}
