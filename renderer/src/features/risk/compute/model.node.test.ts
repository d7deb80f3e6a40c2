import { describe, expect, it } from 'vitest';
import { assigneeLoad, loadFactor } from './load';
import { assessIssue, flagAtRisk, type RiskInput } from './model';
import { emptyRiskHistory, learnWait, type RiskHistory } from './risk-history';
import { TopicHistory } from './topic-history';
import type { OpenIssue } from './types';

const moscow = (time: string): number => Date.parse(`${time}+03:00`);
const HOUR = 3_600_000;

const issue = (over: Partial<OpenIssue>): OpenIssue => ({
  id: 'iss-1',
  categoryId: 'roof',
  assigneeId: 'sup-1',
  waiting: 'first_report',
  waitingSince: moscow('2026-11-23T09:00:00'),
  deadlineAt: moscow('2026-11-27T23:59:59'),
  ...over,
});

/** A topic whose past issues used the given shares of their time (1 or more: late). */
function historyOf(shares: readonly number[]): RiskHistory {
  const history = emptyRiskHistory();
  for (const share of shares) history.firstReport.add('roof', share);
  return history;
}
const evenShares = (count: number, from: number, to: number): number[] =>
  Array.from({ length: count }, (_, index) => from + ((to - from) * index) / (count - 1));

describe('working hours left to the deadline', () => {
  const history = historyOf(evenShares(40, 0.1, 0.9));
  const left = (now: string, deadline: string): number | undefined =>
    assessIssue(issue({ deadlineAt: moscow(deadline) }), {
      issues: [],
      history,
      load: assigneeLoad([]),
      now: moscow(now),
    })?.hoursLeft;

  it('skips the weekend: Friday 09:00 to Monday’s end is Friday’s 15 hours and Monday’s 24', () => {
    expect(left('2026-11-27T09:00:00', '2026-11-30T23:59:59')).toBeCloseTo(39, 2);
  });

  it('skips the May holidays: Thursday 30 April to Tuesday 5 May passes over 1–3 May', () => {
    expect(left('2026-04-30T09:00:00', '2026-05-05T23:59:59')).toBeCloseTo(15 + 24 + 24, 2);
  });

  it('counts no hour of a Saturday, so a Monday deadline seen on Saturday has Monday’s 24', () => {
    expect(left('2026-11-28T12:00:00', '2026-11-30T23:59:59')).toBeCloseTo(24, 2);
  });

  it('says nothing of an issue already overdue', () => {
    expect(left('2026-12-01T09:00:00', '2026-11-30T23:59:59')).toBeUndefined();
  });
});

describe('the topic history', () => {
  it('answers, for an issue that has used a share of its time, how the alike past waits ended', () => {
    const topic = new TopicHistory();
    for (const share of [0.2, 0.4, 0.6, 0.8, 1.2, 1.6, ...evenShares(20, 0.1, 0.5)]) topic.add('roof', share);
    const outlook = topic.outlook('roof', 0.7, 0.5);
    expect(outlook).toMatchObject({ source: 'topic', samples: 26, alike: 3, lateAlike: 2 });
    expect(outlook?.expectedShare).toBeCloseTo(1.2, 6);
  });

  it('falls back to the whole company while a topic has fewer than 20 past waits', () => {
    const topic = new TopicHistory();
    for (const share of evenShares(30, 0.1, 0.9)) topic.add('lift', share);
    topic.add('roof', 2);
    expect(topic.outlook('roof', 0, 0.5)).toMatchObject({ source: 'company', samples: 31, lateAlike: 1 });
    expect(topic.outlook('snow', 0, 0.5)?.source).toBe('company');
    expect(new TopicHistory().outlook('roof', 0, 0.5)).toBeNull();
  });

  it('learns a wait as the share of the working hours to its deadline it used', () => {
    const history = emptyRiskHistory();
    // Received Friday 00:00, due Monday's end (48 working hours), reported Monday 00:00: 24 of 48.
    learnWait(history, {
      categoryId: 'roof',
      waiting: 'first_report',
      from: moscow('2026-11-27T00:00:00'),
      deadlineAt: moscow('2026-11-30T23:59:59') + 1000,
      reportedAt: moscow('2026-11-30T00:00:00'),
    });
    expect(history.firstReport.outlook('roof', 0, 0.5)?.medianShare).toBeCloseTo(0.5, 6);
    expect(history.rework.samples()).toBe(0);
  });
});

describe('the assignee’s load', () => {
  it('counts open issues per assignee against the company’s median', () => {
    const load = assigneeLoad(['a', 'a', 'a', 'a', 'a', 'a', 'b', 'b', 'c', 'c', null]);
    expect(load.openBy.get('a')).toBe(6);
    expect(load.typicalOpen).toBe(2);
  });

  it('slows an assignee down by a quarter per usual load over it, at most ×1.5', () => {
    expect(loadFactor(2, 2)).toBe(1);
    expect(loadFactor(4, 2)).toBe(1.25);
    expect(loadFactor(20, 2)).toBe(1.5);
    expect(loadFactor(3, 0)).toBe(1);
  });
});

describe('the at-risk flags and their reasons', () => {
  // Past waits of the topic: 30 of 40 used under 90 % of their time, 10 were late.
  const history = historyOf([...evenShares(30, 0.2, 0.9), ...evenShares(10, 1.1, 2)]);
  const now = moscow('2026-11-26T09:00:00'); // Thursday: 3 working days of 4 gone on the issue below.
  const input = (issues: OpenIssue[], assignees: (string | null)[] = []): RiskInput => ({
    issues,
    history,
    load: assigneeLoad(assignees),
    now,
  });

  it('flags an issue when a quarter of the alike past issues took longer than it has, and says so', () => {
    const [flag] = flagAtRisk(input([issue({})]));
    expect(flag?.issueId).toBe('iss-1');
    expect(flag?.reasons[0]).toMatchObject({ code: 'expected_late', source: 'topic', lateAlike: 10 });
    expect(flag?.hoursLeft).toBeCloseTo(39, 2);
  });

  it('leaves alone an issue with most of its time ahead', () => {
    expect(
      flagAtRisk(input([issue({ waitingSince: now, deadlineAt: moscow('2026-12-11T23:59:59') })])),
    ).toEqual([]);
  });

  it('counts nobody assigned and an overloaded assignee once half the time is gone', () => {
    const nobody = assessIssue(issue({ assigneeId: null }), input([]));
    expect(nobody?.reasons.map((reason) => reason.code)).toEqual(['expected_late', 'unassigned']);
    const busy = assessIssue(issue({}), input([], ['sup-1', 'sup-1', 'sup-1', 'sup-1', 'sup-2', 'sup-3']));
    expect(busy?.reasons[1]).toEqual({ code: 'heavy_load', open: 4, typicalOpen: 1, factor: 1.5 });
    const fresh = assessIssue(issue({ assigneeId: null, waitingSince: now - HOUR }), input([]));
    expect(fresh?.reasons.map((reason) => reason.code)).toEqual(['expected_late']);
  });

  it('marks a rework and one that has waited longer than nearly all of history', () => {
    const history = emptyRiskHistory();
    for (const share of evenShares(30, 0.1, 0.5)) history.rework.add('roof', share);
    const flag = assessIssue(issue({ waiting: 'rework' }), { ...input([]), history });
    expect(flag?.reasons.map((reason) => reason.code)).toEqual(['beyond_history', 'rework']);
    expect(flag?.score).toBeGreaterThanOrEqual(1);
  });

  it('with no history at all, flags what is due within one working day', () => {
    const empty = { ...input([]), history: emptyRiskHistory() };
    const today = issue({ deadlineAt: moscow('2026-11-26T23:59:59') });
    expect(flagAtRisk({ ...empty, issues: [today, issue({})] }).map((flag) => flag.reasons[0]?.code)).toEqual(
      ['no_history'],
    );
  });
});
