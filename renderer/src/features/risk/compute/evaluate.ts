// How well a set of flags foretold what happened: each issue judged on a day is flagged or not,
// and was late or not; precision, recall and F1 follow from the four counts.

export interface Confusion {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export function emptyConfusion(): Confusion {
  return { truePositives: 0, falsePositives: 0, falseNegatives: 0, trueNegatives: 0 };
}

/** Counts one judged issue into `confusion`. */
export function countJudgement(confusion: Confusion, flagged: boolean, late: boolean): void {
  if (flagged && late) confusion.truePositives += 1;
  else if (flagged) confusion.falsePositives += 1;
  else if (late) confusion.falseNegatives += 1;
  else confusion.trueNegatives += 1;
}

/** Adds `more` into `total`. */
export function addConfusion(total: Confusion, more: Confusion): void {
  total.truePositives += more.truePositives;
  total.falsePositives += more.falsePositives;
  total.falseNegatives += more.falseNegatives;
  total.trueNegatives += more.trueNegatives;
}

/** Precision, recall and F1; a ratio with nothing to divide by is 0 (nothing flagged, nothing late). */
export function scoresOf(confusion: Confusion): Scores {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = confusion;
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
