import type { RowWords } from './columns';

/** The rows of each word, by word number: `rows[starts[w]]` to `rows[starts[w + 1] - 1]`. */
interface Postings {
  readonly starts: Int32Array;
  readonly rows: Int32Array;
}

// Built at the first search over a set of columns and kept with them: a new set of columns
// (a change of the replica) builds its own, in a few milliseconds.
const built = new WeakMap<RowWords, Postings>();

function postingsOf(words: RowWords, length: number, size: number): Postings {
  const known = built.get(words);
  if (known) return known;
  const { ids, start, end } = words;
  const starts = new Int32Array(size + 1);
  for (let i = 0; i < length; i += 1) {
    for (let k = start[i] ?? 0; k < (end[i] ?? 0); k += 1) {
      const at = (ids[k] ?? 0) + 1;
      starts[at] = (starts[at] ?? 0) + 1;
    }
  }
  for (let word = 1; word <= size; word += 1) starts[word] = (starts[word] ?? 0) + (starts[word - 1] ?? 0);
  const rows = new Int32Array(starts[size] ?? 0);
  const next = starts.slice(0, size);
  for (let i = 0; i < length; i += 1) {
    for (let k = start[i] ?? 0; k < (end[i] ?? 0); k += 1) {
      const word = ids[k] ?? 0;
      rows[next[word] ?? 0] = i;
      next[word] = (next[word] ?? 0) + 1;
    }
  }
  const postings = { starts, rows };
  built.set(words, postings);
  return postings;
}

/** Whether row `i` has a word flagged in `flags`. */
export function hasWord(words: RowWords, i: number, flags: Uint8Array): boolean {
  const { ids } = words;
  const end = words.end[i] ?? 0;
  for (let k = words.start[i] ?? 0; k < end; k += 1) if (flags[ids[k] ?? 0] === 1) return true;
  return false;
}

/**
 * 1 for each row that has, for every search word, one of its own words containing it (each
 * search word given as the flags of the distinct words that contain it). A rare word is
 * answered from the rows of its words alone; a common one by reading every row's words.
 */
export function rowsWithEveryTerm(words: RowWords, length: number, terms: readonly Uint8Array[]): Uint8Array {
  let mask: Uint8Array | null = null;
  for (const flags of terms) {
    const found = new Uint8Array(length);
    const postings = postingsOf(words, length, flags.length);
    const size = Math.min(flags.length, postings.starts.length - 1);
    let total = 0;
    for (let word = 0; word < size; word += 1)
      if (flags[word] === 1) total += (postings.starts[word + 1] ?? 0) - (postings.starts[word] ?? 0);
    if (total <= 2 * length) {
      for (let word = 0; word < size; word += 1) {
        if (flags[word] !== 1) continue;
        const to = postings.starts[word + 1] ?? 0;
        for (let k = postings.starts[word] ?? 0; k < to; k += 1) found[postings.rows[k] ?? 0] = 1;
      }
    } else for (let i = 0; i < length; i += 1) if (hasWord(words, i, flags)) found[i] = 1;
    if (mask !== null) for (let i = 0; i < length; i += 1) found[i] = (found[i] ?? 0) & (mask[i] ?? 0);
    mask = found;
  }
  return mask ?? new Uint8Array(length).fill(1);
}
