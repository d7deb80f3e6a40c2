import { instantMs } from './instants';
import type { IdSlots } from './id-slots';
import type { RatingsRating, RatingsReport, RatingsRows } from './rows';

// The replica's reports, ratings and timeline joined to its issues by their ids, once per
// load: each issue's rows become a run of positions in one typed array (a "slot" per distinct
// issue id), so that the figures never look an id up again.

const isCityReport = (report: RatingsReport): boolean =>
  report.id !== undefined && report.status !== undefined && report.submittedAt !== undefined;

const scoreOf = (value: number): number =>
  value === 1 || value === 2 || value === 3 || value === 4 || value === 5 ? value : 0;

/**
 * The rows of each slot, in the rows' order: `order[start[s] … start[s + 1])` are the positions
 * of slot s's rows (a counting sort by slot); rows of slot -1 are left out.
 */
function bySlot(slotOfRow: Int32Array, slots: number): { start: Int32Array; order: Int32Array } {
  const start = new Int32Array(slots + 1);
  for (let position = 0; position < slotOfRow.length; position += 1) {
    const slot = slotOfRow[position] ?? -1;
    if (slot >= 0) start[slot + 1] = (start[slot + 1] ?? 0) + 1;
  }
  for (let slot = 0; slot < slots; slot += 1) start[slot + 1] = (start[slot + 1] ?? 0) + (start[slot] ?? 0);
  const cursor = start.slice(0, slots);
  const order = new Int32Array(start[slots] ?? 0);
  for (let position = 0; position < slotOfRow.length; position += 1) {
    const slot = slotOfRow[position] ?? -1;
    if (slot < 0) continue;
    order[cursor[slot] ?? 0] = position;
    cursor[slot] = (cursor[slot] ?? 0) + 1;
  }
  return { start, order };
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
  /**
   * The slot of each report (by position in `rows.reports`) that is an accepted decision, -1 for
   * the others: whoever wrote it, as acceptedDecisions reads them (shared/clusters/resolutions.ts).
   * Only the repeats read when it was decided, and they parse it themselves, after the figures.
   */
  decisionSlot: Int32Array;
}

/** Each slot's city reports in the order they were sent, and its reports waiting in the outbox. */
export function joinReports(reports: readonly RatingsReport[], ids: IdSlots, slots: number): JoinedReports {
  const slotOfReport = ids.slotsOfRows(reports.length, (position) => reports[position]?.issueId ?? '');
  const reportSlot = new Int32Array(reports.length);
  const reportMs = new Float64Array(reports.length);
  const reportStatus = new Uint8Array(reports.length);
  const rejectedBySlot = new Int32Array(slots);
  const reportsInOutbox = new Int32Array(slots);
  const decisionSlot = new Int32Array(reports.length).fill(-1);
  for (let position = 0; position < reports.length; position += 1) {
    const report = reports[position];
    const found = slotOfReport[position] ?? -1;
    reportSlot[position] = -1;
    reportMs[position] = Number.NaN;
    if (report === undefined || found < 0) continue;
    if (report.status === 'accepted' && report.decidedAt !== null && report.decidedAt !== undefined)
      decisionSlot[position] = found;
    if (isCityReport(report)) {
      reportSlot[position] = found;
      reportMs[position] = instantMs(report.submittedAt ?? '');
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
  const { start: reportStart, order: reportOrder } = bySlot(reportSlot, slots);
  sortBySubmission(reportStart, reportOrder, reportMs);
  return { reportsInOutbox, reportStatus, rejectedBySlot, reportStart, reportOrder, reportMs, decisionSlot };
}

export interface JoinedRatings {
  ratingStart: Int32Array;
  ratingOrder: Int32Array;
  ratingScore: Uint8Array;
}

/** Each slot's ratings in the replica's order, with their scores. */
export function joinRatings(ratings: readonly RatingsRating[], ids: IdSlots, slots: number): JoinedRatings {
  const ratingSlot = ids.slotsOfRows(ratings.length, (position) => ratings[position]?.issueId ?? '');
  const { start: ratingStart, order: ratingOrder } = bySlot(ratingSlot, slots);
  const ratingScore = new Uint8Array(ratingOrder.length);
  for (let at = 0; at < ratingOrder.length; at += 1)
    ratingScore[at] = scoreOf(ratings[ratingOrder[at] ?? 0]?.score ?? 0);
  return { ratingStart, ratingOrder, ratingScore };
}

/** The slots this workstation saw move to "reopened". */
export function seenReopenedOf(events: RatingsRows['events'], ids: IdSlots, slots: number): Uint8Array {
  const seen = new Uint8Array(slots);
  for (const event of events) {
    if (event.kind !== 'status' || event.to !== 'reopened') continue;
    const found = ids.slotOf(event.issueId);
    if (found >= 0) seen[found] = 1;
  }
  return seen;
}
