import { describe, expect, it } from 'vitest';
import type { IssueStatus } from '@shared/domain';
import { NOW } from '../test/fixtures';
import { deadlineWindowAt, matchesDeadline } from './deadline-window';

const moscow = (time: string) => Date.parse(`${time}+03:00`);

describe('the deadline window', () => {
  it('ends today and this week at the end of the Moscow day and Sunday', () => {
    const window = deadlineWindowAt(NOW); // Wednesday 25 November 2026, 12:00 Moscow
    expect(window.todayEndMs).toBe(moscow('2026-11-25T23:59:59.999'));
    expect(window.weekEndMs).toBe(moscow('2026-11-29T23:59:59.999'));
  });

  it('counts a Sunday as the end of its own week, and a Monday as the start of the next', () => {
    expect(deadlineWindowAt(moscow('2026-11-29T22:00:00')).weekEndMs).toBe(moscow('2026-11-29T23:59:59.999'));
    expect(deadlineWindowAt(moscow('2026-11-30T00:30:00')).weekEndMs).toBe(moscow('2026-12-06T23:59:59.999'));
  });

  it('uses the Moscow date, not the computer’s: 22:30 UTC is already tomorrow in Moscow', () => {
    const window = deadlineWindowAt(Date.parse('2026-11-25T22:30:00Z'));
    expect(window.todayEndMs).toBe(moscow('2026-11-26T23:59:59.999'));
  });
});

describe('the deadline filters', () => {
  const window = deadlineWindowAt(NOW);
  const cases: [string, IssueStatus, boolean, boolean, boolean][] = [
    // deadline, status, overdue, today, week
    ['2026-11-24T23:59:59', 'in_progress', true, false, false],
    ['2026-11-24T23:59:59', 'on_moderation', true, false, false],
    ['2026-11-24T23:59:59', 'resolved', false, false, false],
    ['2026-11-25T23:59:59', 'new', false, true, true],
    ['2026-11-25T11:00:00', 'new', true, false, false],
    ['2026-11-27T23:59:59', 'returned', false, false, true],
    ['2026-11-30T23:59:59', 'reopened', false, false, false],
  ];
  it.each(cases)('a deadline %s of an issue %s', (deadline, status, overdue, today, week) => {
    const ms = moscow(deadline);
    expect(matchesDeadline('overdue', status, ms, window)).toBe(overdue);
    expect(matchesDeadline('today', status, ms, window)).toBe(today);
    expect(matchesDeadline('week', status, ms, window)).toBe(week);
  });

  it('counts overdue as the city does: only once now is past the deadline', () => {
    const deadline = moscow('2026-11-25T12:00:00');
    expect(matchesDeadline('overdue', 'new', deadline, deadlineWindowAt(deadline))).toBe(false);
    expect(matchesDeadline('overdue', 'new', deadline, deadlineWindowAt(deadline + 1))).toBe(true);
  });
});
