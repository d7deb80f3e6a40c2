import { instantMs } from './instants';
import type { RatingsIssue, RatingsRating, RatingsReport, RatingsRows } from './rows';

// The replica's reports, ratings and timeline joined to its issues by their ids, once per
// load: each issue's rows become a run of positions in one typed array (a "slot" per distinct
// issue id), so that the figures never look an id up again.

const isCityReport = (report: RatingsReport): boolean =>
  report.id !== undefined && report.status !== undefined && report.submittedAt !== undefined;

const scoreOf = (value: number): number =>
  value === 1 || value === 2 || value === 3 || value === 4 || value === 5 ? value : 0;

/** Start offsets from counts (one more entry than counts); `cursor` is left at the starts, for filling. */
function startsOf(counts: Int32Array, cursor: Int32Array): Int32Array {
  const starts = new Int32Array(counts.length + 1);
  for (let at = 0; at < counts.length; at += 1) {
    starts[at + 1] = (starts[at] ?? 0) + (counts[at] ?? 0);
    cursor[at] = starts[at] ?? 0;
  }
  return starts;
}

/** Sorts each slot's reports by the time the city received them, keeping the replica's order of equal times. */
function sortBySubmission(starts: Int32Array, order: Int32Array, ms: Float64Array): void {
  for (let slot = 0; slot + 1 < starts.length; slot += 1) {
    const from = starts[slot] ?? 0;
    const to = starts[slot + 1] ?? 0;
    for (let at = from + 1; at < to; at += 1) {
      const report = order[at] ?? 0;
      const time = ms[report] ?? 0;
      let before = at - 1;
      while (before >= from && (ms[order[before] ?? 0] ?? 0) > time) {
        order[before + 1] = order[before] ?? 0;
        before -= 1;
      }
      order[before + 1] = report;
    }
  }
}

/**
 * The slot of each issue: the position of the first issue with its id. Set from the last issue
 * to the first, so the first of an id is what stays; ids are unique in a replica, and then
 * every issue is its own slot without looking anything up.
 */
export function slotsOf(issues: readonly RatingsIssue[], slotOfId: Map<string, number>): Int32Array {
  const slot = new Int32Array(issues.length);
  for (let position = issues.length - 1; position >= 0; position -= 1)
    slotOfId.set(issues[position]?.id ?? '', position);
  const unique = slotOfId.size === issues.length;
  for (let position = 0; position < issues.length; position += 1)
    slot[position] = unique ? position : (slotOfId.get(issues[position]?.id ?? '') ?? position);
  return slot;
}

/** A report's status as the figures read it, one byte a report. */
export const OTHER = 0;
export const ACCEPTED = 1;
export const REJECTED = 2;

export interface JoinedReports {
  reportsInOutbox: Int32Array;
  /** ACCEPTED, REJECTED or OTHER, by position in `rows.reports`. */
  reportStatus: Uint8Array;
  /** Each slot's rejected reports. */
  rejectedBySlot: Int32Array;
  reportStart: Int32Array;
  reportOrder: Int32Array;
  reportMs: Float64Array;
}

/** Each slot's city reports in the order they were sent, and its reports waiting in the outbox. */
export function joinReports(
  reports: readonly RatingsReport[],
  slotOfId: Map<string, number>,
  slots: number,
): JoinedReports {
  const reportSlot = new Int32Array(reports.length);
  const reportMs = new Float64Array(reports.length);
  const reportStatus = new Uint8Array(reports.length);
  const counts = new Int32Array(slots);
  const rejectedBySlot = new Int32Array(slots);
  const reportsInOutbox = new Int32Array(slots);
  for (let position = 0; position < reports.length; position += 1) {
    const report = reports[position];
    const found = report === undefined ? undefined : slotOfId.get(report.issueId);
    reportSlot[position] = -1;
    reportMs[position] = Number.NaN;
    if (report === undefined || found === undefined) continue;
    if (isCityReport(report)) {
      reportSlot[position] = found;
      reportMs[position] = instantMs(report.submittedAt ?? '');
      counts[found] = (counts[found] ?? 0) + 1;
      if (report.status === 'accepted') reportStatus[position] = ACCEPTED;
      else if (report.status === 'rejected') {
        reportStatus[position] = REJECTED;
        rejectedBySlot[found] = (rejectedBySlot[found] ?? 0) + 1;
      } else reportStatus[position] = OTHER;
    } else if (report.localState === 'queued') {
      // Written here and not yet acknowledged by the city: the city's figures do not have it.
      reportsInOutbox[found] = (reportsInOutbox[found] ?? 0) + 1;
    }
    // Drafts (and reports the city refused) are nobody's figures.
  }
  const cursor = new Int32Array(slots);
  const reportStart = startsOf(counts, cursor);
  const reportOrder = new Int32Array(reportStart[slots] ?? 0);
  for (let position = 0; position < reports.length; position += 1) {
    const found = reportSlot[position] ?? -1;
    if (found < 0) continue;
    reportOrder[cursor[found] ?? 0] = position;
    cursor[found] = (cursor[found] ?? 0) + 1;
  }
  sortBySubmission(reportStart, reportOrder, reportMs);
  return { reportsInOutbox, reportStatus, rejectedBySlot, reportStart, reportOrder, reportMs };
}

export interface JoinedRatings {
  ratingStart: Int32Array;
  ratingOrder: Int32Array;
  ratingScore: Uint8Array;
}

/** Each slot's ratings in the replica's order, with their scores. */
export function joinRatings(
  ratings: readonly RatingsRating[],
  slotOfId: Map<string, number>,
  slots: number,
): JoinedRatings {
  const ratingSlot = new Int32Array(ratings.length);
  const counts = new Int32Array(slots);
  for (let position = 0; position < ratings.length; position += 1) {
    const rating = ratings[position];
    const found = (rating === undefined ? undefined : slotOfId.get(rating.issueId)) ?? -1;
    ratingSlot[position] = found;
    if (found >= 0) counts[found] = (counts[found] ?? 0) + 1;
  }
  const cursor = new Int32Array(slots);
  const ratingStart = startsOf(counts, cursor);
  const ratingOrder = new Int32Array(ratingStart[slots] ?? 0);
  const ratingScore = new Uint8Array(ratingOrder.length);
  for (let position = 0; position < ratings.length; position += 1) {
    const found = ratingSlot[position] ?? -1;
    if (found < 0) continue;
    const at = cursor[found] ?? 0;
    ratingOrder[at] = position;
    ratingScore[at] = scoreOf(ratings[position]?.score ?? 0);
    cursor[found] = at + 1;
  }
  return { ratingStart, ratingOrder, ratingScore };
}

/** The slots this workstation saw move to "reopened". */
export function seenReopenedOf(
  events: RatingsRows['events'],
  slotOfId: Map<string, number>,
  slots: number,
): Uint8Array {
  const seen = new Uint8Array(slots);
  for (const event of events) {
    if (event.kind !== 'status' || event.to !== 'reopened') continue;
    const found = slotOfId.get(event.issueId);
    if (found !== undefined) seen[found] = 1;
  }
  return seen;
}
