import type { IssueStatus } from '@shared/domain';

const DAY_MS = 86_400_000;
const MOSCOW_OFFSET_MS = 3 * 3_600_000;

/**
 * The instants the deadline filters compare against, worked out once per query so that the
 * per-row test is two number comparisons. Moscow has no daylight saving (see shared/calendar),
 * so a Moscow day is a fixed 24 hours at UTC+3.
 */
export interface DeadlineWindow {
  readonly nowMs: number;
  /** 23:59:59.999 Moscow time today. */
  readonly todayEndMs: number;
  /** 23:59:59.999 Moscow time on this week's Sunday (Russian weeks start on Monday). */
  readonly weekEndMs: number;
}

export function deadlineWindowAt(nowMs: number): DeadlineWindow {
  const dayNumber = Math.floor((nowMs + MOSCOW_OFFSET_MS) / DAY_MS);
  const todayEndMs = (dayNumber + 1) * DAY_MS - MOSCOW_OFFSET_MS - 1;
  // 1970-01-01 was a Thursday: day 0 → weekday 3 counting Monday as 0.
  const weekday = (dayNumber + 3) % 7;
  return { nowMs, todayEndMs, weekEndMs: todayEndMs + (6 - weekday) * DAY_MS };
}

/**
 * An issue the company still owes an answer on, for the deadline filters and the overdue
 * count: the city counts every issue that is not resolved ("overdue: not resolved and past
 * deadlineAt now"), so an answer waiting on moderation still counts until it is accepted.
 */
export const isUnresolved = (status: IssueStatus): boolean => status !== 'resolved';

/** The contract lets a company assign or reprioritise an issue only in these statuses. */
export const assignableStatuses: readonly IssueStatus[] = ['new', 'in_progress', 'returned', 'reopened'];
export const isAssignable = (status: IssueStatus): boolean => assignableStatuses.includes(status);

export const deadlineFilters = ['overdue', 'today', 'week'] as const;
export type DeadlineFilter = (typeof deadlineFilters)[number];

/**
 * - overdue: not resolved and the deadline has passed (the city's own rule: now > deadlineAt);
 * - today: not resolved, not yet overdue, and due by the end of today in Moscow;
 * - week: not resolved, not yet overdue, and due by the end of this Moscow week (Sunday).
 */
export function matchesDeadline(
  filter: DeadlineFilter,
  status: IssueStatus,
  deadlineMs: number,
  window: DeadlineWindow,
): boolean {
  if (!isUnresolved(status)) return false;
  const overdue = window.nowMs > deadlineMs;
  if (filter === 'overdue') return overdue;
  if (overdue) return false;
  return deadlineMs <= (filter === 'today' ? window.todayEndMs : window.weekEndMs);
}
