import { describe, expect, it } from 'vitest';
import { ClusterIndex } from './cluster-index';
import { sortClusters } from './compute';
import { HOUSE, LAT_PER_METRE, categories, clusterIssue } from './test/issues';
import type { ClusterIssue, ClusterOverride } from './types';

// An empty index takes its first issues in one sweep (bulk-links.ts); a change takes one issue
// at a time. Both must give the same clusters, and a component that loses an issue must fall
// into exactly the pieces the rules leave.

const DAY = 86_400_000;
const START = Date.parse('2026-01-01T00:00:00+03:00');
const houses = ['Шипиловская улица, д. 35', 'ул. Шипиловская, 35', 'Шипиловская улица, д. 37', 'во дворе'];
const topics = ['yard-rubbish', 'yard-snow', 'waste-containers', 'utilities-hot-water'];

/** A busy year: many issues per building and section, so that components run long. */
function world(count: number): ClusterIssue[] {
  let seed = 7;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  return Array.from({ length: count }, (_, n) =>
    clusterIssue({
      id: `iss-${String(n).padStart(5, '0')}`,
      categoryId: topics[Math.floor(next() * topics.length)] as string,
      address: houses[Math.floor(next() * houses.length)] as string,
      lat: HOUSE.lat + (next() * 300 - 150) * LAT_PER_METRE,
      lng: HOUSE.lng + (next() * 300 - 150) * LAT_PER_METRE * 1.8,
      receivedAt: new Date(START + Math.floor(next() * 120 * DAY)).toISOString(),
    }),
  );
}

const oneAtATime = (issues: ClusterIssue[], overrides: ClusterOverride[]) => {
  const index = new ClusterIndex(categories, overrides);
  index.upsert(issues[0] as ClusterIssue);
  for (const issue of issues.slice(1)) index.upsert(issue);
  return sortClusters(index.clusters());
};

const inOneSweep = (issues: ClusterIssue[], overrides: ClusterOverride[]) => {
  const index = new ClusterIndex(categories, overrides);
  index.apply(issues);
  return sortClusters(index.clusters());
};

describe('the first issues of an empty index, in one sweep', () => {
  it('cluster exactly as when they come one at a time', () => {
    const issues = world(1500);
    const overrides: ClusterOverride[] = [
      {
        id: 's1',
        kind: 'split',
        issueIds: ['iss-00010', 'iss-00020', 'iss-00030'],
        createdAt: '2026-01-02T00:00:00Z',
      },
      {
        id: 'j1',
        kind: 'join',
        issueIds: ['iss-00040', 'iss-01400', 'iss-09999'],
        createdAt: '2026-01-03T00:00:00Z',
      },
    ];
    const swept = inOneSweep(issues, overrides);
    expect(swept.length).toBeGreaterThan(1);
    expect(swept).toEqual(oneAtATime(issues, overrides));
  });

  it('keep the last copy of an issue named twice', () => {
    const [a, b] = world(2);
    const moved = { ...(b as ClusterIssue), status: 'resolved' as const };
    const index = new ClusterIndex(categories);
    index.apply([a as ClusterIssue, b as ClusterIssue, moved]);
    expect(index.clusterOf((b as ClusterIssue).id)).toBeNull();
  });
});

describe('an issue leaving a long component', () => {
  it('leaves the pieces the rules say, and the rest whole', () => {
    const issues = world(1500);
    const index = new ClusterIndex(categories);
    index.apply(issues);
    const held = new Map(issues.map((issue) => [issue.id, issue]));
    for (const id of ['iss-00003', 'iss-00500', 'iss-01000', 'iss-01499', 'iss-00777']) {
      index.remove(id);
      held.delete(id);
      expect(sortClusters(index.clusters())).toEqual(inOneSweep([...held.values()], []));
    }
  });

  it('cuts a chain of one building in two where the issue between leaves', () => {
    const chain = [0, 5, 10, 15, 20].map((day) =>
      clusterIssue({ receivedAt: new Date(START + day * DAY).toISOString() }),
    );
    const index = new ClusterIndex(categories);
    index.apply(chain);
    index.remove((chain[2] as ClusterIssue).id);
    expect(sortClusters(index.clusters()).map((cluster) => cluster.issueIds)).toEqual([
      [chain[0]?.id, chain[1]?.id],
      [chain[3]?.id, chain[4]?.id],
    ]);
  });
});
