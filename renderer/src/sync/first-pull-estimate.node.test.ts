import { describe, expect, it } from 'vitest';
import { expectedDoneAtMs, expectedIssues, historyShare } from './first-pull-estimate';

const DAY = 24 * 60 * 60 * 1000;
const from = Date.parse('2026-01-01T00:00:00+03:00');
const now = from + 100 * DAY;

describe('the first pull’s estimate', () => {
  it('reads the share done from how far along the company’s time span the feed has come', () => {
    expect(historyShare({ nowMs: now, fromMs: from, throughMs: from + 25 * DAY })).toBeCloseTo(0.25);
    expect(historyShare({ nowMs: now, fromMs: from, throughMs: now + DAY })).toBe(1);
    expect(historyShare({ nowMs: now, fromMs: null, throughMs: null })).toBeNull();
  });

  it('counts the open work as it is and scales up the rest, once the feed has said enough', () => {
    // 1,000 open issues in; a quarter of the span brought 5,000 more.
    expect(expectedIssues(1_000, 6_000, 0.25)).toBe(21_000);
    expect(expectedIssues(1_000, 1_020, 0.001)).toBeNull();
    expect(expectedIssues(1_000, 6_000, 1)).toBe(6_000);
    // Unknown until the feed has said where it stands.
    expect(expectedIssues(1_000, 6_000, null)).toBeNull();
  });

  it('gives a time left at this attempt’s pace, once it has been measured for a moment', () => {
    const pace = { sinceMs: now - 10_000, shareThen: 0.2 };
    // 0.2 → 0.4 took 10 s: the remaining 0.6 takes 30 s.
    expect(expectedDoneAtMs(now, 0.4, pace)).toBe(now + 30_000);
    expect(expectedDoneAtMs(now, 0.4, { sinceMs: now - 100, shareThen: 0.2 })).toBeNull();
    expect(expectedDoneAtMs(now, 0.2, pace)).toBeNull();
    expect(expectedDoneAtMs(now, 0.4, null)).toBeNull();
  });
});
