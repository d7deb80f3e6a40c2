import { deadlineAt, isWorkingDay, moscowDateOf } from '@shared/calendar';
import type { Random } from '../random';

// Moscow wall-clock arithmetic on epoch milliseconds for the history simulation. Moscow has
// been UTC+3 all year since 2014, so a fixed offset is exact and costs nothing per call —
// which matters when a benchmark world asks these questions a million times.

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
const MOSCOW_OFFSET = 3 * HOUR;

/** Whole seconds: the city writes times without fractions, and rounding once keeps order. */
export const toSecond = (ms: number): number => Math.floor(ms / 1000) * 1000;

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * `2026-03-29T10:15:00+03:00`, whole seconds. Joined from parts rather than sliced and
 * concatenated, so each time is one flat string: a benchmark world keeps half a million.
 */
export function formatMoscow(ms: number): string {
  const local = new Date(toSecond(ms) + MOSCOW_OFFSET);
  return [
    local.getUTCFullYear(),
    '-',
    two(local.getUTCMonth() + 1),
    '-',
    two(local.getUTCDate()),
    'T',
    two(local.getUTCHours()),
    ':',
    two(local.getUTCMinutes()),
    ':',
    two(local.getUTCSeconds()),
    '+03:00',
  ].join('');
}

/** Days since 1970-01-01 in Moscow time. */
export const moscowDay = (ms: number): number => Math.floor((ms + MOSCOW_OFFSET) / DAY);

/** 00:00 Moscow time of a day number. */
export const moscowDayStart = (day: number): number => day * DAY - MOSCOW_OFFSET;

/** Hours since Moscow midnight, with a fraction. */
export const moscowHour = (ms: number): number => (ms + MOSCOW_OFFSET - moscowDay(ms) * DAY) / HOUR;

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export const moscowWeekday = (day: number): number => (((day + 4) % 7) + 7) % 7;

/** 0 = January. */
export const moscowMonth = (ms: number): number => new Date(ms + MOSCOW_OFFSET).getUTCMonth();

export const moscowYear = (ms: number): number => new Date(ms + MOSCOW_OFFSET).getUTCFullYear();

/**
 * Moves a moment into working hours [fromHour, toHour): before them, to a random time in the
 * first hour of the same day; after them, to the first hour of the next day.
 */
export function intoHours(ms: number, fromHour: number, toHour: number, rng: Random): number {
  const hour = moscowHour(ms);
  if (hour >= fromHour && hour < toHour) return toSecond(ms);
  const day = moscowDay(ms) + (hour >= toHour ? 1 : 0);
  return toSecond(moscowDayStart(day) + fromHour * HOUR + rng.next() * HOUR);
}

export interface Deadline {
  readonly iso: string;
  readonly ms: number;
}

/**
 * Deadlines by (Moscow day of receipt, SLA). The calendar's answer depends only on the day,
 * so one call per distinct day and SLA serves a whole benchmark world.
 */
export class DeadlineBook {
  private readonly cache = new Map<number, Deadline>();

  of(receivedMs: number, slaWorkingDays: number): Deadline {
    const key = moscowDay(receivedMs) * 64 + slaWorkingDays;
    let found = this.cache.get(key);
    if (found === undefined) {
      const iso = deadlineAt(formatMoscow(receivedMs), slaWorkingDays);
      found = { iso, ms: Date.parse(iso) };
      this.cache.set(key, found);
    }
    return found;
  }
}

/** Working days of the production calendar by Moscow day number, cached. */
export class WorkdayBook {
  private readonly cache = new Map<number, boolean>();

  isWorking(day: number): boolean {
    let found = this.cache.get(day);
    if (found === undefined) {
      found = isWorkingDay(moscowDateOf(moscowDayStart(day)));
      this.cache.set(day, found);
    }
    return found;
  }
}
