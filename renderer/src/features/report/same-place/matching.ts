import { DESCRIPTOR_WORDS } from './descriptors';

// Each point of one photo paired with its nearest in the other by the bits their descriptors
// differ in, kept only when clearly nearer than the next nearest (Lowe's ratio test, 2004): on a
// repeated pattern (bricks, windows) the two are alike and the pairing is a guess.

/** At most this many of 256 bits may differ (ORB's usual 64). */
const MAX_DISTANCE = 64;
const RATIO = 0.8;

export interface Match {
  from: number;
  to: number;
}

function bitCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function matchDescriptors(from: Uint32Array, to: Uint32Array): Match[] {
  const fromCount = from.length / DESCRIPTOR_WORDS;
  const toCount = to.length / DESCRIPTOR_WORDS;
  const matches: Match[] = [];
  for (let i = 0; i < fromCount; i += 1) {
    let best = Infinity;
    let second = Infinity;
    let bestIndex = -1;
    const a = i * DESCRIPTOR_WORDS;
    for (let j = 0; j < toCount; j += 1) {
      const b = j * DESCRIPTOR_WORDS;
      let distance = 0;
      for (let word = 0; word < DESCRIPTOR_WORDS && distance < second; word += 1)
        distance += bitCount(((from[a + word] ?? 0) ^ (to[b + word] ?? 0)) >>> 0);
      if (distance < best) {
        second = best;
        best = distance;
        bestIndex = j;
      } else if (distance < second) second = distance;
    }
    if (bestIndex >= 0 && best <= MAX_DISTANCE && best < RATIO * second)
      matches.push({ from: i, to: bestIndex });
  }
  return matches;
}
