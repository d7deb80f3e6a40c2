/**
 * The median of the values (the mean of the middle two for an even count); null for none.
 * Found by selection rather than by sorting, in linear time on average: a year's figures take
 * the median of every group of every breakdown. The input is left as it was.
 */
export function median(values: readonly number[]): number | null {
  return medianInPlace(Float64Array.from(values));
}

/** The same median of values the caller no longer needs in their order: they are rearranged. */
export function medianInPlace(work: Float64Array): number | null {
  const count = work.length;
  if (count === 0) return null;
  const upper = selectNth(work, count >> 1);
  if (count % 2 === 1) return upper;
  // After selecting the upper middle, everything left of it is no greater: the lower middle is their maximum.
  let lower = -Infinity;
  for (let index = 0; index < count >> 1; index += 1) lower = Math.max(lower, work[index] ?? lower);
  return (lower + upper) / 2;
}

/** Rearranges `values` so that position `nth` holds the value a sort would put there, and returns it (Hoare's quickselect). */
function selectNth(values: Float64Array, nth: number): number {
  let left = 0;
  let right = values.length - 1;
  while (left < right) {
    const pivot = values[(left + right) >> 1] ?? 0;
    let i = left;
    let j = right;
    while (i <= j) {
      while ((values[i] ?? 0) < pivot) i += 1;
      while ((values[j] ?? 0) > pivot) j -= 1;
      if (i <= j) {
        const swap = values[i] ?? 0;
        values[i] = values[j] ?? 0;
        values[j] = swap;
        i += 1;
        j -= 1;
      }
    }
    if (nth <= j) right = j;
    else if (nth >= i) left = i;
    else return values[nth] ?? 0;
  }
  return values[nth] ?? 0;
}
