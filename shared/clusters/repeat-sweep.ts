import { moscowDayStartAfter } from '../calendar/moscow';
import { gridX, gridY, metresBetween } from './geo';
import { cachedBuildingKey } from './place-keys';
import { REPEAT_WINDOW_DAYS, type RepeatIssue, type RepeatOf } from './repeats';
import { CLUSTER_RADIUS_METRES } from './types';

// Every issue's repeat at once (Ratings over a year of 100,000): one sweep through time, the
// resolutions and the receipts in order, instead of a question per issue to a sorted index.
// When an issue arrives, what was resolved before it is exactly what has been swept: a
// building's latest resolution is one look-up, and a grid cell's list is in order of
// resolution, walked from its end back to the best found so far. The answer is RepeatIndex's
// (the latest resolution at the place in the 30 Moscow days before receipt, the smaller id on
// a tie), which repeat-sweep.test.ts checks on random worlds. Places are numbers: a topic and
// a cell make one key (the topic's number, then the column and the row in 21 bits each).

const NONE = -1;
const CELL_BITS = 2 ** 21;
const CELL_OFFSET = 2 ** 20;

/** An issue as the sweep reads it; when it was resolved comes beside, as epoch ms. */
export type SweptIssue = Omit<RepeatIssue, 'resolvedAt' | 'assigneeId' | 'status'>;

/** Epoch ms of each issue's resolution (NaN while not resolved), from its own `resolvedAt`. */
export const resolutionTimes = (issues: readonly RepeatIssue[]): Float64Array =>
  Float64Array.from(issues, (issue) =>
    issue.status === 'resolved' && issue.resolvedAt !== null ? Date.parse(issue.resolvedAt) : NaN,
  );

/**
 * For each issue (by position), the position of the resolved issue it repeats, or -1;
 * `resolved[at]` is the epoch ms of the issue's resolution, NaN for one not resolved.
 */
export function repeatPositions(issues: readonly SweptIssue[], resolved: Float64Array): Int32Array {
  const n = issues.length;
  const received = new Float64Array(n);
  const lat = new Float64Array(n);
  const lng = new Float64Array(n);
  const cell = new Float64Array(n);
  const building = new Int32Array(n).fill(NONE);
  const topics = new Map<string, number>();
  const buildings = new Map<string, number>();
  for (let at = 0; at < n; at += 1) {
    const issue = issues[at] as SweptIssue;
    received[at] = Date.parse(issue.receivedAt);
    lat[at] = issue.lat;
    lng[at] = issue.lng;
    let topic = topics.get(issue.categoryId);
    if (topic === undefined) topics.set(issue.categoryId, (topic = topics.size));
    const x = gridX(issue.lng, CLUSTER_RADIUS_METRES) + CELL_OFFSET;
    const y = gridY(issue.lat, CLUSTER_RADIUS_METRES) + CELL_OFFSET;
    cell[at] = (topic * CELL_BITS + x) * CELL_BITS + y;
    const house = cachedBuildingKey(issue.address);
    if (house !== null) {
      const key = `${issue.categoryId}\u0001${house}`;
      let code = buildings.get(key);
      if (code === undefined) buildings.set(key, (code = buildings.size));
      building[at] = code;
    }
  }
  const idOf = (at: number): string => (issues[at] as SweptIssue).id;
  // Receipts and resolutions in time; at one moment receipts first (a resolution counts only
  // for issues received after it), resolutions of one moment by id.
  const receipts = Uint32Array.from({ length: n }, (_, at) => at).sort(
    (a, b) => (received[a] ?? 0) - (received[b] ?? 0),
  );
  const resolutions = receipts
    .filter((at) => !Number.isNaN(resolved[at]))
    .sort((a, b) => (resolved[a] ?? 0) - (resolved[b] ?? 0) || (idOf(a) < idOf(b) ? -1 : 1));

  const latestInBuilding = new Int32Array(buildings.size).fill(NONE);
  const inCell = new Map<number, number[]>();
  const links = new Int32Array(n).fill(NONE);
  const samePlace = (a: number, b: number): boolean =>
    (building[a] !== NONE && building[a] === building[b]) ||
    metresBetween(lat[a] ?? 0, lng[a] ?? 0, lat[b] ?? 0, lng[b] ?? 0) <= CLUSTER_RADIUS_METRES;
  let next = 0;
  for (const at of receipts) {
    const now = received[at] ?? 0;
    for (; next < resolutions.length && (resolved[resolutions[next] ?? 0] ?? 0) < now; next += 1) {
      const done = resolutions[next] ?? 0;
      const house = building[done] ?? NONE;
      // Of one moment, the smaller id came first and stays.
      if (house !== NONE) {
        const known = latestInBuilding[house] ?? NONE;
        if (known === NONE || (resolved[known] ?? 0) < (resolved[done] ?? 0)) latestInBuilding[house] = done;
      }
      const list = inCell.get(cell[done] ?? 0);
      if (list === undefined) inCell.set(cell[done] ?? 0, [done]);
      else list.push(done);
    }
    const from = moscowDayStartAfter(now, -REPEAT_WINDOW_DAYS);
    let best = NONE;
    const house = building[at] ?? NONE;
    const inBuilding = house === NONE ? NONE : (latestInBuilding[house] ?? NONE);
    if (inBuilding !== NONE && inBuilding !== at && (resolved[inBuilding] ?? 0) >= from) best = inBuilding;
    const own = cell[at] ?? 0;
    for (let dx = -1; dx <= 1; dx += 1)
      for (let dy = -1; dy <= 1; dy += 1) {
        const list = inCell.get(own + dx * CELL_BITS + dy);
        if (list === undefined) continue;
        for (let k = list.length - 1; k >= 0; k -= 1) {
          const candidate = list[k] ?? 0;
          const when = resolved[candidate] ?? 0;
          const bestWhen = best === NONE ? -Infinity : (resolved[best] ?? 0);
          if (when < from || when < bestWhen) break;
          if (candidate === at || !samePlace(at, candidate)) continue;
          if (when > bestWhen || idOf(candidate) < idOf(best)) best = candidate;
        }
      }
    links[at] = best;
  }
  return links;
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
