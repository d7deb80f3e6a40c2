import { describe, expect, it } from 'vitest';
import { RepeatTracker } from './repeat-tracker';
import { findRepeats } from './repeat-sweep';
import type { RepeatIssue } from './repeats';
import { HOUSE, LAT_PER_METRE } from './test/issues';

// Property: the repeat marks kept one change at a time are the marks computed from scratch over
// the issues as they now stand, and the changes reported, applied in turn, give the same.

function random(seed: number): () => number {
  let state = seed;
  // A linear congruential generator (Numerical Recipes): enough to draw test sequences.
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

const START = Date.parse('2026-03-01T00:00:00+03:00');
const DAY = 86_400_000;

function draw(next: () => number, id: string): RepeatIssue {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const received = START + Math.floor(next() * 90 * DAY);
  const resolved = next() < 0.5;
  return {
    id,
    categoryId: pick(['yard-rubbish', 'yard-snow']),
    address: pick([
      'Шипиловская улица, д. 35, корп. 2',
      'ул. Шипиловская, 35к2',
      'Шипиловская улица, д. 37',
      'во дворе',
    ]),
    lat: HOUSE.lat + (next() * 120 - 60) * LAT_PER_METRE,
    lng: HOUSE.lng,
    receivedAt: new Date(received).toISOString(),
    status: resolved ? 'resolved' : pick(['new', 'in_progress', 'on_moderation', 'reopened'] as const),
    assigneeId: pick(['st-001', 'st-002', null]),
    resolvedAt: resolved ? new Date(received + Math.floor(next() * 10 * DAY)).toISOString() : null,
  };
}

describe.each([1, 2, 3, 4])('a random sequence of changes (seed %i)', (seed) => {
  it('keeps the repeat marks equal to a computation from scratch', () => {
    const next = random(seed);
    const issues = new Map<string, RepeatIssue>();
    const tracker = new RepeatTracker();
    const shown = new Map<string, unknown>();
    let mostMarks = 0;
    for (let step = 0; step < 300; step += 1) {
      const id = `iss-${Math.floor(next() * 60)}`;
      let change;
      if (next() < 0.8) {
        const issue = draw(next, id);
        issues.set(id, issue);
        change = tracker.apply([issue]);
      } else {
        issues.delete(id);
        change = tracker.apply([], [id]);
      }
      for (const [openId, repeat] of change) {
        if (repeat === null) shown.delete(openId);
        else shown.set(openId, repeat);
      }
      const full = findRepeats([...issues.values()]);
      expect(new Map(tracker.repeats())).toEqual(full);
      expect(shown).toEqual(full);
      mostMarks = Math.max(mostMarks, full.size);
    }
    // The sequence did put repeats on the screen, not only an empty list.
    expect(mostMarks).toBeGreaterThan(3);
  });
});
