import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random';
import { repeatPositions, resolutionTimes } from './repeat-sweep';
import { RepeatIndex, type RepeatIssue } from './repeats';
import { HOUSE, LAT_PER_METRE, repeatIssue } from './test/issues';

// The sweep must give each issue the very repeat RepeatIndex's question gives: random worlds
// of a few houses and topics, points within a few hundred metres, resolutions a few days after
// receipt, and ties of resolution time on purpose.

const ADDRESSES = ['Шипиловская улица, д. 35, корп. 2', 'Шипиловская улица, д. 37', 'Ореховый бульвар, д. 7'];
const TOPICS = ['yard-rubbish', 'yard-snow', 'utilities-hot-water'];
const DAY = 86_400_000;

function world(seed: number, size: number): RepeatIssue[] {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const start = Date.parse('2026-01-01T00:00:00+03:00');
  return Array.from({ length: size }, () => {
    const received = start + Math.floor(next() * 120) * DAY + Math.floor(next() * 4) * 3_600_000;
    const resolved = next() < 0.6;
    // Whole hours, so that two resolutions often fall on one moment.
    const resolvedAt = received + (1 + Math.floor(next() * 72)) * 3_600_000;
    return repeatIssue({
      receivedAt: new Date(received).toISOString(),
      categoryId: pick(TOPICS),
      address: pick(ADDRESSES),
      lat: HOUSE.lat + (next() - 0.5) * 300 * LAT_PER_METRE,
      lng: HOUSE.lng + (next() - 0.5) * 300 * LAT_PER_METRE * 1.8,
      status: resolved ? 'resolved' : 'in_progress',
      resolvedAt: resolved ? new Date(resolvedAt).toISOString() : null,
      assigneeId: pick(['st-001', 'st-002']),
    });
  });
}

describe('repeats swept through time', () => {
  // Dense worlds try ties and the walk; sparse ones (a complaint a fortnight a house and topic)
  // try the 30-day window's edge.
  it.each([
    [1, 400],
    [2, 400],
    [3, 60],
    [4, 60],
    [5, 40],
    [6, 40],
  ])('agree with the index issue by issue (seed %i, %i issues)', (seed, size) => {
    const issues = world(seed, size);
    const index = RepeatIndex.of(issues);
    const expected = issues.map((issue) => index.repeatOf(issue)?.issueId ?? null);
    const swept = [...repeatPositions(issues, resolutionTimes(issues))].map((at) =>
      at < 0 ? null : (issues[at]?.id ?? null),
    );
    expect(swept).toEqual(expected);
    // The worlds are dense enough that the comparison means something.
    expect(expected.filter((id) => id !== null).length).toBeGreaterThan(size / 10);
  });

  it('finds nothing for an issue received before any resolution', () => {
    const issues = world(9, 50).map((issue) => ({ ...issue, status: 'new' as const, resolvedAt: null }));
    expect([...repeatPositions(issues, resolutionTimes(issues))].every((at) => at === -1)).toBe(true);
  });
});
