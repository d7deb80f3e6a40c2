/**
 * Every distinct word of the rows' search texts, numbered, so that a search word is looked for
 * once among the distinct words rather than in 100,000 texts. Exact: a search text is
 * normalised (`normaliseSearchText`: single spaces, no other whitespace) and a search word has
 * no space in it, so a word of the search occurs in a text exactly when it occurs in one of the
 * text's space-separated words. Words are only ever added: a number stays valid for as long as
 * any row refers to it.
 */
const SPACE = 32;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

const hashOf = (text: string, from: number, to: number): number => {
  let hash = FNV_OFFSET;
  for (let k = from; k < to; k += 1) hash = Math.imul(hash ^ text.charCodeAt(k), FNV_PRIME);
  return hash;
};

const sameWord = (word: string, text: string, from: number, to: number): boolean => {
  if (word.length !== to - from) return false;
  for (let k = 0; k < word.length; k += 1) if (word.charCodeAt(k) !== text.charCodeAt(from + k)) return false;
  return true;
};

const grown = (array: Int32Array, size: number): Int32Array<ArrayBuffer> => {
  const next = new Int32Array(size);
  next.set(array);
  return next;
};

export class WordIndex {
  private readonly words: string[] = [];
  /** Each word's hash, by number. */
  private hashes = new Int32Array(1024);
  /** Open addressing: word number + 1 at the slot of its hash, 0 for free. */
  private table = new Int32Array(2048);
  /** The row being tokenised last saw each word (its words are kept once). */
  private seenIn = new Int32Array(1024);
  private tokenised = 0;
  /** Where each word starts in `joined`; one more entry at the end. */
  private starts = new Int32Array(1025);
  /** The words joined by single spaces, up to `joinedWords`; the rest are joined when a search needs them. */
  private joined = '';
  private joinedWords = 0;
  private length = 0;

  get size(): number {
    return this.words.length;
  }

  /** The words in order of their numbers. */
  list(): readonly string[] {
    return this.words;
  }

  /** The words joined by single spaces (for handing the dictionary to a worker). */
  text(): string {
    return this.joinedText();
  }

  /**
   * Takes words numbered elsewhere (a worker that started from this index's words): true when
   * they got the same numbers here, false when the two have drifted apart.
   */
  adopt(firstAdded: number, added: readonly string[]): boolean {
    if (firstAdded !== this.words.length) return false;
    return added.every((word, k) => this.intern(word) === firstAdded + k);
  }

  /** The number of a word, given one if it is new. */
  intern(word: string): number {
    return this.find(word, 0, word.length, hashOf(word, 0, word.length));
  }

  /**
   * Appends the distinct word numbers of a normalised search text to `out`. Runs over the
   * text's characters in place: a word already known costs no string and no map lookup.
   */
  tokenise(text: string, out: WordSink): void {
    this.tokenised += 1;
    const row = this.tokenised;
    const n = text.length;
    let from = 0;
    while (from < n) {
      let to = from;
      let hash = FNV_OFFSET;
      for (; to < n; to += 1) {
        const code = text.charCodeAt(to);
        if (code === SPACE) break;
        hash = Math.imul(hash ^ code, FNV_PRIME);
      }
      if (to > from) {
        const id = this.find(text, from, to, hash);
        if (this.seenIn[id] !== row) {
          this.seenIn[id] = row;
          out.push(id);
        }
      }
      from = to + 1;
    }
  }

  /** The number of `text[from, to)`, added if new. */
  private find(text: string, from: number, to: number, hash: number): number {
    const mask = this.table.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot] ?? 0;
      if (entry === 0) return this.add(from === 0 && to === text.length ? text : text.slice(from, to), hash);
      const id = entry - 1;
      if (this.hashes[id] === hash && sameWord(this.words[id] ?? '', text, from, to)) return id;
    }
  }

  private add(word: string, hash: number): number {
    const id = this.words.length;
    this.words.push(word);
    if (this.hashes.length === id) {
      this.hashes = grown(this.hashes, id * 2);
      this.seenIn = grown(this.seenIn, id * 2);
      this.starts = grown(this.starts, id * 2 + 1);
    }
    this.hashes[id] = hash;
    this.starts[id] = this.length;
    this.length += word.length + 1;
    this.starts[id + 1] = this.length;
    if ((id + 1) * 2 > this.table.length) this.rehash();
    else this.place(id);
    return id;
  }

  private place(id: number): void {
    const mask = this.table.length - 1;
    let slot = (this.hashes[id] ?? 0) & mask;
    while ((this.table[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
    this.table[slot] = id + 1;
  }

  private rehash(): void {
    this.table = new Int32Array(this.table.length * 2);
    for (let id = 0; id < this.words.length; id += 1) this.place(id);
  }

  /** One flag per word number: 1 where the word contains `term` (a search word, with no space). */
  matching(term: string): Uint8Array {
    const flags = new Uint8Array(this.words.length);
    if (term === '' || term.includes(' ')) return flags;
    const text = this.joinedText();
    const starts = this.starts;
    let position = text.indexOf(term);
    while (position !== -1) {
      const word = this.wordAt(position);
      flags[word] = 1;
      position = text.indexOf(term, starts[word + 1] ?? text.length);
    }
    return flags;
  }

  private joinedText(): string {
    if (this.joinedWords < this.words.length) {
      const rest = this.words.slice(this.joinedWords).join(' ');
      this.joined = this.joinedWords === 0 ? rest : `${this.joined} ${rest}`;
      this.joinedWords = this.words.length;
    }
    return this.joined;
  }

  /** The word whose span holds `position` of the joined text. */
  private wordAt(position: number): number {
    const starts = this.starts;
    let low = 0;
    let high = this.joinedWords - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= position) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}

/** A growable list of word numbers: every row's words one after another. */
export class WordSink {
  ids = new Int32Array(1 << 16);
  used = 0;

  push(id: number): void {
    this.reserve(1);
    this.ids[this.used] = id;
    this.used += 1;
  }

  pushAll(ids: Int32Array): void {
    this.reserve(ids.length);
    this.ids.set(ids, this.used);
    this.used += ids.length;
  }

  private reserve(more: number): void {
    if (this.used + more <= this.ids.length) return;
    // A new array, never a resize in place: columns handed out earlier keep reading the old one.
    const grown = new Int32Array(Math.max(this.ids.length * 2, this.used + more));
    grown.set(this.ids.subarray(0, this.used));
    this.ids = grown;
  }
}
