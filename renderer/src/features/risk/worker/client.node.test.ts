import { describe, expect, it, vi } from 'vitest';
import type { DeskDb } from '../../../db/database';
import type { RiskFlag } from '../compute/types';

// Where there is no Worker (Node) the model runs here; either way one question a database runs
// at a time, and the questions asked meanwhile are answered once, by the newest.

const asked: number[] = [];
const answers: ((flags: RiskFlag[]) => void)[] = [];
vi.mock('../query', () => ({
  atRiskIssues: (_db: DeskDb, now: number) =>
    new Promise<RiskFlag[]>((resolve) => {
      asked.push(now);
      answers.push(resolve);
    }),
}));

const flag = (issueId: string): RiskFlag => ({ issueId, score: 1.2, hoursLeft: 3, reasons: [] });

describe('riskFlagsOf', () => {
  it('runs one question at a time and answers those asked meanwhile with the newest', async () => {
    const { riskFlagsOf } = await import('./client');
    const db = { name: 'gorod-desk/city.test/c1/u1' } as DeskDb;
    const first = riskFlagsOf(db, 1);
    const second = riskFlagsOf(db, 2);
    const third = riskFlagsOf(db, 3);
    await vi.waitFor(() => expect(asked).toEqual([1]));
    answers[0]?.([flag('a')]);
    await expect(first).resolves.toEqual([flag('a')]);
    await vi.waitFor(() => expect(asked).toEqual([1, 3]));
    answers[1]?.([flag('b')]);
    await expect(second).resolves.toEqual([flag('b')]);
    await expect(third).resolves.toEqual([flag('b')]);
    // Nothing is running now: the next question starts at once.
    const fourth = riskFlagsOf(db, 4);
    await vi.waitFor(() => expect(asked).toEqual([1, 3, 4]));
    answers[2]?.([]);
    await expect(fourth).resolves.toEqual([]);
  });
});
