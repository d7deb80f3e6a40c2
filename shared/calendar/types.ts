/**
 * A calendar date in Moscow, `YYYY-MM-DD`. A plain string rather than a `Date`, so that it
 * survives JSON, IPC and IndexedDB unchanged and never picks up the local time zone.
 */
export type IsoDate = string;

/** An instant as the city API sends it (RFC 3339 with `Z` or an offset) or as a `Date`. */
export type Instant = Date | string;

/**
 * One year of the Russian production calendar for a five-day week, written as the
 * differences from the plain Monday–Friday week, so every list stays short and each entry
 * can be checked against the decree by eye.
 */
export interface ProductionYear {
  readonly year: number;
  /**
   * Monday–Friday dates that are not worked: Art. 112 holidays falling on weekdays, weekend
   * holidays moved to the next working day (Art. 112 part 2) and the decree's transfers.
   * A holiday that falls on a Saturday or Sunday is not listed: that day is off anyway.
   */
  readonly holidays: readonly IsoDate[];
  /** Saturdays and Sundays made working by the decree's transfers. */
  readonly workingWeekends: readonly IsoDate[];
  /** Working days shortened by one hour (Art. 95); informational, deadlines ignore it. */
  readonly shortDays: readonly IsoDate[];
  /** The act the transfers come from, so a reviewer can check the data against it. */
  readonly source: string;
}
