// A small seeded PRNG for the seed worlds. `Math.random` cannot be seeded, and the worlds
// must come out byte-for-byte the same for a given seed, so demos, screenshots and
// benchmarks can be compared run to run.

/** FNV-1a over UTF-16 code units: a stable 32-bit hash for labels and addresses. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

// splitmix32 spreads a small or sequential seed over the whole state, so seeds 1 and 2
// give unrelated streams.
function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

const HEX = '0123456789abcdef';

/** sfc32: fast, small state, good statistical quality for simulation (not for secrets). */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    const mix = splitmix32(seed);
    this.a = mix();
    this.b = mix();
    this.c = mix();
    this.d = mix();
    // Warm up so that the first outputs do not echo the seeding.
    for (let i = 0; i < 12; i += 1) this.nextUint32();
  }

  /**
   * An independent stream for one part of a world. Parts draw from their own forks, so a
   * change in how one part uses randomness does not reshuffle every other part.
   */
  fork(label: string): Random {
    return new Random((this.nextUint32() ^ hashString(label)) >>> 0);
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Uniform real in [min, max). */
  range(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** An index drawn with the given non-negative weights. */
  weightedIndex(weights: readonly number[]): number {
    let total = 0;
    for (const weight of weights) total += weight;
    let target = this.next() * total;
    for (let i = 0; i < weights.length; i += 1) {
      target -= weights[i] ?? 0;
      if (target < 0) return i;
    }
    return weights.length - 1;
  }

  /** Exponentially distributed with the given mean. */
  exponential(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }

  /** A random RFC 4122 version 4 UUID, drawn from this stream so it is reproducible. */
  uuidV4(): string {
    // Built in an array and joined: a flat string, where `+=` would leave a rope of twenty
    // pieces per id, which a benchmark world holds by the hundred thousand.
    const chars: string[] = [];
    for (let i = 0; i < 16; i += 1) {
      let byte = this.nextUint32() & 0xff;
      if (i === 6) byte = (byte & 0x0f) | 0x40; // version 4
      if (i === 8) byte = (byte & 0x3f) | 0x80; // variant 10xx
      if (i === 4 || i === 6 || i === 8 || i === 10) chars.push('-');
      chars.push(HEX.charAt(byte >> 4), HEX.charAt(byte & 0x0f));
    }
    return chars.join('');
  }

  /** A copy of `items` in random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      const held = out[i] as T;
      out[i] = out[j] as T;
      out[j] = held;
    }
    return out;
  }
}
