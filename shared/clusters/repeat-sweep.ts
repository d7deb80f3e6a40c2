import { moscowDayStartAfter } from '../calendar/moscow';
import { METRES_PER_DEGREE_LAT, metresBetween } from './geo';
import { parseInstant } from './instant';
import { REPEAT_WINDOW_DAYS, type RepeatIssue, type RepeatOf } from './repeats';
import { sweptPlaces, type SweepSource } from './swept-places';
import { positionsInOrder } from './time-order';
import { CLUSTER_RADIUS_METRES } from './types';

// Every issue's repeat at once (Ratings over a year of 100,000): one sweep through time, the
// resolutions and the receipts in order, instead of a question per issue to a sorted index.
// When an issue arrives, what was resolved before it is exactly what has been swept: a
// building's latest resolution is one look-up, and a grid cell's resolutions lie in order of
// resolution in one flat array, of which the sweep has reached a cursor: the cell is walked
// from there back to the best found so far. The answer is RepeatIndex's (the latest resolution
// at the place in the 30 Moscow days before receipt, the smaller id on a tie), which
// repeat-sweep.test.ts checks on random worlds. Everything in the loop is a number in a typed
// array: times parsed once, topics, buildings and cells numbered beforehand (swept-places.ts).

const NONE = -1;

export type { SweepSource } from './swept-places';

/** An issue as the sweep reads it; when it was resolved comes beside, as epoch ms. */
export type SweptIssue = Omit<RepeatIssue, 'resolvedAt' | 'assigneeId' | 'status'>;

/** Epoch ms of each issue's resolution (NaN while not resolved), from its own `resolvedAt`. */
export const resolutionTimes = (issues: readonly RepeatIssue[]): Float64Array =>
  Float64Array.from(issues, (issue) =>
    issue.status === 'resolved' && issue.resolvedAt !== null ? parseInstant(issue.resolvedAt) : NaN,
  );

/** For each issue of the source (by position), the position of the resolved issue it repeats, or -1. */
export function sweepRepeats(source: SweepSource): Int32Array {
  const { size, receivedMs: received, resolvedMs: resolved, lat, lng, idBefore } = source;
  const { building, latestInBuilding, cellOf, neighbours, cellStart } = sweptPlaces(source);
  const all = new Int32Array(size);
  let resolvedCount = 0;
  for (let at = 0; at < size; at += 1) {
    all[at] = at;
    if (!Number.isNaN(resolved[at])) resolvedCount += 1;
  }
  // Receipts and resolutions in time; at one moment receipts first (a resolution counts only
  // for issues received after it), resolutions of one moment by id.
  const receipts = positionsInOrder(received, all);
  const resolvedAt = new Int32Array(resolvedCount);
  for (let at = 0, next = 0; at < size; at += 1) if (!Number.isNaN(resolved[at])) resolvedAt[next++] = at;
  const resolutions = positionsInOrder(resolved, resolvedAt);
  orderTiesById(resolutions, resolved, idBefore);

  // Each cell's resolutions in the sweep's order, and how far the sweep has come in each.
  const cellOrder = new Int32Array(resolvedCount);
  const cursor = cellStart.slice(0, cellStart.length - 1);
  for (let at = 0; at < resolvedCount; at += 1) {
    const done = resolutions[at] ?? 0;
    const cell = cellOf[done] ?? 0;
    cellOrder[cursor[cell] ?? 0] = done;
    cursor[cell] = (cursor[cell] ?? 0) + 1;
  }
  cursor.set(cellStart.subarray(0, cursor.length));

  const links = new Int32Array(size).fill(NONE);
  let next = 0;
  for (let r = 0; r < size; r += 1) {
    const at = receipts[r] ?? 0;
    const now = received[at] ?? 0;
    for (; next < resolvedCount && (resolved[resolutions[next] ?? 0] ?? 0) < now; next += 1) {
      const done = resolutions[next] ?? 0;
      const house = building[done] ?? NONE;
      // Of one moment, the smaller id came first and stays.
      if (house !== NONE) {
        const known = latestInBuilding[house] ?? NONE;
        if (known === NONE || (resolved[known] ?? 0) < (resolved[done] ?? 0)) latestInBuilding[house] = done;
      }
      const cell = cellOf[done] ?? 0;
      cursor[cell] = (cursor[cell] ?? 0) + 1;
    }
    const from = moscowDayStartAfter(now, -REPEAT_WINDOW_DAYS);
    let best = NONE;
    let bestWhen = -Infinity;
    const house = building[at] ?? NONE;
    const inBuilding = house === NONE ? NONE : (latestInBuilding[house] ?? NONE);
    if (inBuilding !== NONE && inBuilding !== at && (resolved[inBuilding] ?? 0) >= from) {
      best = inBuilding;
      bestWhen = resolved[inBuilding] ?? 0;
    }
    const atLat = lat[at] ?? 0;
    const atLng = lng[at] ?? 0;
    for (let slot = (cellOf[at] ?? 0) * 9, end = slot + 9; slot < end; slot += 1) {
      const cell = neighbours[slot] ?? NONE;
      if (cell === NONE) continue;
      const first = cellStart[cell] ?? 0;
      for (let k = (cursor[cell] ?? 0) - 1; k >= first; k -= 1) {
        const candidate = cellOrder[k] ?? 0;
        const when = resolved[candidate] ?? 0;
        if (when < from || when < bestWhen) break;
        if (candidate === at) continue;
        if (!(house !== NONE && house === building[candidate])) {
          // Farther north or south than the radius is farther than it (metresBetween's own
          // northward leg, which its distance is never less than): no cosine for it.
          const candidateLat = lat[candidate] ?? 0;
          if (Math.abs((candidateLat - atLat) * METRES_PER_DEGREE_LAT) > CLUSTER_RADIUS_METRES) continue;
          if (metresBetween(atLat, atLng, candidateLat, lng[candidate] ?? 0) > CLUSTER_RADIUS_METRES)
            continue;
        }
        if (when > bestWhen || idBefore(candidate, best)) {
          best = candidate;
          bestWhen = when;
        }
      }
    }
    links[at] = best;
  }
  return links;
}

/** Puts each run of resolutions of one moment in order of id. */
function orderTiesById(
  order: Int32Array,
  times: Float64Array,
  idBefore: (a: number, b: number) => boolean,
): void {
  for (let from = 0; from < order.length;) {
    const time = times[order[from] ?? 0];
    let to = from + 1;
    while (to < order.length && times[order[to] ?? 0] === time) to += 1;
    if (to - from > 1)
      order.subarray(from, to).sort((a, b) => (idBefore(a, b) ? -1 : idBefore(b, a) ? 1 : 0));
    from = to;
  }
}

/**
 * For each issue (by position), the position of the resolved issue it repeats, or -1;
 * `resolved[at]` is the epoch ms of the issue's resolution, NaN for one not resolved.
 */
export function repeatPositions(issues: readonly SweptIssue[], resolved: Float64Array): Int32Array {
  const size = issues.length;
  const topics = new Map<string, number>();
  const addresses = new Map<string, number>();
  const addressText: string[] = [];
  const topic = new Int32Array(size);
  const addressOf = new Int32Array(size);
  const receivedMs = new Float64Array(size);
  const lat = new Float64Array(size);
  const lng = new Float64Array(size);
  for (let at = 0; at < size; at += 1) {
    const issue = issues[at] as SweptIssue;
    let number = topics.get(issue.categoryId);
    if (number === undefined) topics.set(issue.categoryId, (number = topics.size));
    topic[at] = number;
    let entry = addresses.get(issue.address);
    if (entry === undefined) {
      addresses.set(issue.address, (entry = addressText.length));
      addressText.push(issue.address);
    }
    addressOf[at] = entry;
    receivedMs[at] = parseInstant(issue.receivedAt);
    lat[at] = issue.lat;
    lng[at] = issue.lng;
  }
  const idOf = (at: number): string => (issues[at] as SweptIssue).id;
  return sweepRepeats({
    size,
    receivedMs,
    resolvedMs: resolved,
    topic,
    addressOf,
    addressText: (entry) => addressText[entry] ?? '',
    lat,
    lng,
    idBefore: (a, b) => idOf(a) < idOf(b),
  });
}

/** For each open issue (any status but resolved) that is a repeat, the issue it repeats. */
export function findRepeats(issues: readonly RepeatIssue[]): Map<string, RepeatOf> {
  const positions = repeatPositions(issues, resolutionTimes(issues));
  const repeats = new Map<string, RepeatOf>();
  issues.forEach((issue, at) => {
    const earlier = issues[positions[at] ?? -1];
    if (issue.status === 'resolved' || earlier === undefined) return;
    repeats.set(issue.id, {
      issueId: earlier.id,
      resolvedAt: earlier.resolvedAt ?? '',
      assigneeId: earlier.assigneeId,
    });
  });
  return repeats;
}
