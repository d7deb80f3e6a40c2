import { describe, expect, it } from 'vitest';
import { addConfusion, countJudgement, emptyConfusion, scoresOf } from './evaluate';

describe('judging flags against what happened', () => {
  it('counts precision, recall and F1 on a small hand-made morning', () => {
    const confusion = emptyConfusion();
    // Five issues: flagged and late ×2, flagged and on time ×1, late but not flagged ×1, neither ×1.
    for (const [flagged, late] of [
      [true, true],
      [true, true],
      [true, false],
      [false, true],
      [false, false],
    ] as const)
      countJudgement(confusion, flagged, late);
    expect(confusion).toEqual({ truePositives: 2, falsePositives: 1, falseNegatives: 1, trueNegatives: 1 });
    const scores = scoresOf(confusion);
    expect(scores.precision).toBeCloseTo(2 / 3, 10);
    expect(scores.recall).toBeCloseTo(2 / 3, 10);
    expect(scores.f1).toBeCloseTo(2 / 3, 10);
  });

  it('adds mornings up and reads nothing flagged as zero, not as a division by zero', () => {
    const total = emptyConfusion();
    addConfusion(total, { truePositives: 0, falsePositives: 0, falseNegatives: 3, trueNegatives: 7 });
    expect(scoresOf(total)).toEqual({ precision: 0, recall: 0, f1: 0 });
    addConfusion(total, { truePositives: 3, falsePositives: 0, falseNegatives: 0, trueNegatives: 0 });
    expect(scoresOf(total)).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3 });
  });
});
