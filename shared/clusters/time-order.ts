// Positions in order of a time (epoch ms), ties in the order given. A comparator sort of a
// year's 100,000 positions calls back into JavaScript a couple of million times; when the
// times are whole milliseconds whose span times the count fits a double exactly, each position
// is packed into its key (time × count + rank) and the keys sorted natively as numbers.

const EXACT = 2 ** 53;

/** `positions` ordered by `times[position]`, those of one time in the order they are given. */
export function positionsInOrder(times: Float64Array, positions: Int32Array): Int32Array {
  const count = positions.length;
  let earliest = Infinity;
  let latest = -Infinity;
  let whole = true;
  for (let rank = 0; rank < count; rank += 1) {
    const time = times[positions[rank] ?? 0] ?? NaN;
    if (!Number.isInteger(time)) whole = false;
    if (time < earliest) earliest = time;
    if (time > latest) latest = time;
  }
  if (count === 0) return new Int32Array(0);
  if (!whole || (latest - earliest + 1) * count >= EXACT)
    // A typed array's sort is stable.
    return positions.slice().sort((a, b) => (times[a] ?? 0) - (times[b] ?? 0));
  const keys = new Float64Array(count);
  for (let rank = 0; rank < count; rank += 1)
    keys[rank] = ((times[positions[rank] ?? 0] ?? 0) - earliest) * count + rank;
  keys.sort();
  const ordered = new Int32Array(count);
  for (let at = 0; at < count; at += 1) ordered[at] = positions[(keys[at] ?? 0) % count] ?? 0;
  return ordered;
}
