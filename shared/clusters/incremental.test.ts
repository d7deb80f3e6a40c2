import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random';
import { ClusterIndex } from './cluster-index';
import { computeClusters, sortClusters } from './compute';
import { HOUSE, LAT_PER_METRE, categories } from './test/issues';
import type { ClusterIssue, ClusterOverride, ClusterRecord } from './types';

// Property: after any sequence of changes, the clusters kept one change at a time are exactly
// the clusters computed from scratch over the issues as they now stand, and the changes the
// index reported, applied in turn to what the screen had, give the same.

/** A seeded generator, so a failing sequence can be replayed. */
const random = seededRandom;

const addresses = [
  'Шипиловская улица, д. 35, корп. 2',
  'ул. Шипиловская, 35к2',
  'Шипиловская улица, д. 37',
  'Шипиловская улица, д. 39',
  'у контейнерной площадки',
];
const topics = ['yard-rubbish', 'yard-snow', 'waste-containers', 'utilities-hot-water'];
const statuses = ['new', 'in_progress', 'returned', 'reopened', 'on_moderation', 'resolved'] as const;
const START = Date.parse('2026-03-01T00:00:00+03:00');

function drawIssue(next: () => number, id: string): ClusterIssue {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const received = START + Math.floor(next() * 30 * 86_400_000);
  return {
    id,
    categoryId: pick(topics),
    address: pick(addresses),
    // Up to 150 m from the house: some pairs within 50 m, some not.
    lat: HOUSE.lat + (next() * 150 - 75) * LAT_PER_METRE,
    lng: HOUSE.lng + (next() * 150 - 75) * LAT_PER_METRE * 1.8,
    receivedAt: new Date(received).toISOString(),
    deadlineAt: new Date(received + Math.floor(next() * 10) * 86_400_000).toISOString(),
    status: next() < 0.75 ? pick(statuses.slice(0, 4)) : pick(statuses),
  };
}

const byId = (records: readonly ClusterRecord[]) => sortClusters([...records]);

describe.each([1, 2, 3, 4, 5, 6, 7, 8])('a random sequence of changes (seed %i)', (seed) => {
  it('keeps clusters equal to a full recomputation after every change', () => {
    const next = random(seed);
    const issues = new Map<string, ClusterIssue>();
    let overrides: ClusterOverride[] = [];
    const index = new ClusterIndex(categories);
    const shown = new Map<string, ClusterRecord>();
    for (let step = 0; step < 400; step += 1) {
      const roll = next();
      const known = [...issues.keys()];
      const any = () => known[Math.floor(next() * known.length)] ?? 'none';
      let change;
      if (roll < 0.5 || known.length < 4) {
        const issue = drawIssue(next, `iss-${String(Math.floor(next() * 120)).padStart(4, '0')}`);
        issues.set(issue.id, issue);
        change = index.upsert(issue);
      } else if (roll < 0.7) {
        const id = any();
        issues.delete(id);
        change = index.remove(id);
      } else if (roll < 0.9) {
        // The same issue again with a new status or deadline only.
        const held = issues.get(any()) as ClusterIssue;
        const moved = { ...held, status: statuses[Math.floor(next() * statuses.length)] ?? 'new' };
        issues.set(moved.id, moved);
        change = index.upsert(moved);
      } else {
        const kind = next() < 0.5 ? 'split' : 'join';
        const named = [any(), any(), any()].slice(0, 1 + Math.floor(next() * 3));
        overrides =
          next() < 0.3 && overrides.length > 0
            ? overrides.slice(1)
            : [
                ...overrides,
                { id: `o-${step}`, kind, issueIds: named, createdAt: new Date(START + step).toISOString() },
              ];
        change = index.setOverrides(overrides);
      }
      for (const id of change.removed) shown.delete(id);
      for (const record of change.changed) shown.set(record.id, record);
      const full = computeClusters(issues.values(), categories, overrides);
      expect(byId(index.clusters())).toEqual(full);
      expect(byId([...shown.values()])).toEqual(full);
    }
  });
});
