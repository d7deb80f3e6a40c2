import { describe, expect, it } from 'vitest';
import { ClusterIndex } from './cluster-index';
import { computeClusters } from './compute';
import { HOUSE, LAT_PER_METRE, categories, clusterIssue } from './test/issues';
import type { ClusterIssue, ClusterOverride } from './types';

const ids = (issues: ClusterIssue[]) => issues.map((issue) => issue.id);
const groups = (issues: ClusterIssue[], overrides: ClusterOverride[] = []) =>
  computeClusters(issues, categories, overrides).map((cluster) => cluster.issueIds);
const day = (n: number, time = '10:00:00') => `2026-03-${String(n).padStart(2, '0')}T${time}+03:00`;
/** A point `metres` north of the house. */
const north = (metres: number) => ({ lat: HOUSE.lat + metres * LAT_PER_METRE, lng: HOUSE.lng });

describe('clusters', () => {
  it('groups complaints about one building however its address was written', () => {
    const far = { lat: 55.7, lng: 37.6 }; // coordinates wrong by kilometres: the address decides
    const issues = [
      clusterIssue({ receivedAt: day(2), address: 'Шипиловская улица, д. 35, корп. 2' }),
      clusterIssue({ receivedAt: day(3), address: 'г. Москва, ул. Шипиловская, 35к2, кв. 7', ...far }),
      clusterIssue({ receivedAt: day(4), address: 'ул.Шипиловская д.35 к.2' }),
      clusterIssue({ receivedAt: day(4), address: 'Шипиловская улица, д. 35, корп. 3', lat: 55.63 }),
    ];
    expect(groups(issues)).toEqual([ids(issues.slice(0, 3))]);
  });

  it('groups complaints within 50 m of each other, not 60 m', () => {
    const a = clusterIssue({ receivedAt: day(2), address: 'двор у дома', ...north(0) });
    const b = clusterIssue({ receivedAt: day(2), address: 'Шипиловская улица, д. 37', ...north(45) });
    const c = clusterIssue({ receivedAt: day(2), address: 'Шипиловская улица, д. 39', ...north(105) });
    expect(groups([a, b, c])).toEqual([[a.id, b.id]]);
  });

  it('groups sibling topics of one section, not topics of another section', () => {
    const rubbish = clusterIssue({ receivedAt: day(2), categoryId: 'yard-rubbish' });
    const snow = clusterIssue({ receivedAt: day(3), categoryId: 'yard-snow' });
    const containers = clusterIssue({ receivedAt: day(3), categoryId: 'waste-containers' });
    expect(groups([rubbish, snow, containers])).toEqual([[rubbish.id, snow.id]]);
  });

  it('groups issues received within 7 days of each other', () => {
    const first = clusterIssue({ receivedAt: day(1, '10:00:00') });
    const within = clusterIssue({ receivedAt: day(8, '10:00:00') });
    const later = clusterIssue({ receivedAt: day(15, '10:01:00') });
    expect(groups([first, within, later])).toEqual([[first.id, within.id]]);
  });

  it('links transitively: single linkage joins issues two weeks apart through one between', () => {
    const a = clusterIssue({ receivedAt: day(1) });
    const b = clusterIssue({ receivedAt: day(7), ...north(40) });
    const c = clusterIssue({ receivedAt: day(13), ...north(80), address: 'у контейнерной площадки' });
    expect(groups([a, b, c])).toEqual([[a.id, b.id, c.id]]);
    expect(groups([a, c])).toEqual([]);
  });

  it('clusters only issues still to be answered', () => {
    const statuses = ['new', 'in_progress', 'returned', 'reopened', 'on_moderation', 'resolved'] as const;
    const issues = statuses.map((status) => clusterIssue({ receivedAt: day(2), status }));
    expect(groups(issues)).toEqual([ids(issues.slice(0, 4))]);
  });

  it('describes a cluster: id from its earliest issue, count, earliest deadline, newest arrival', () => {
    const a = clusterIssue({ receivedAt: day(3), deadlineAt: '2026-03-13T23:59:59+03:00' });
    const b = clusterIssue({ receivedAt: day(2), deadlineAt: '2026-03-12T23:59:59+03:00' });
    const c = clusterIssue({ receivedAt: day(5), deadlineAt: '2026-03-06T23:59:59+03:00' });
    expect(computeClusters([a, b, c], categories)).toEqual([
      {
        id: `cl-${b.id}`,
        issueIds: [b.id, a.id, c.id],
        count: 3,
        earliestDeadlineAt: '2026-03-06T23:59:59+03:00',
        newestReceivedAt: day(5),
        sectionId: 'yard',
      },
    ]);
  });
});

describe('the dispatcher’s corrections', () => {
  const at = '2026-03-10T12:00:00+03:00';

  it('splits: the named issues cluster among themselves, the rest among themselves', () => {
    const issues = [1, 2, 3, 4].map((n) => clusterIssue({ receivedAt: day(n) }));
    const split: ClusterOverride = { id: 'o1', kind: 'split', issueIds: ids(issues.slice(2)), createdAt: at };
    expect(groups(issues, [split])).toEqual([ids(issues.slice(0, 2)), ids(issues.slice(2))]);
  });

  it('joins clusters the rules keep apart, and a join wins over a split', () => {
    const here = [1, 2].map((n) => clusterIssue({ receivedAt: day(n) }));
    const there = [1, 2].map((n) =>
      clusterIssue({ receivedAt: day(n), address: 'Елецкая улица, д. 14', lat: 55.6 }),
    );
    const join: ClusterOverride = {
      id: 'o2',
      kind: 'join',
      issueIds: ids([...here, ...there]),
      createdAt: at,
    };
    const split: ClusterOverride = { id: 'o3', kind: 'split', issueIds: ids(there), createdAt: at };
    expect(groups([...here, ...there], [join])).toEqual([
      ids([here[0], there[0], here[1], there[1]] as ClusterIssue[]),
    ]);
    expect(groups([...here, ...there], [join, split])).toHaveLength(1);
  });

  it('keeps a correction across a re-pull: the issues come again, the correction still holds', () => {
    const issues = [1, 2, 3].map((n) => clusterIssue({ receivedAt: day(n) }));
    const split: ClusterOverride = {
      id: 'o4',
      kind: 'split',
      issueIds: [issues[2]?.id ?? ''],
      createdAt: at,
    };
    const index = new ClusterIndex(categories, [split]);
    index.apply(issues);
    index.apply(issues.map((issue) => ({ ...issue })));
    expect(index.clusters().map((cluster) => cluster.issueIds)).toEqual([ids(issues.slice(0, 2))]);
  });
});

describe('changes one at a time', () => {
  it('answers the clusters a change made, altered or ended', () => {
    const a = clusterIssue({ receivedAt: day(2) });
    const b = clusterIssue({ receivedAt: day(3) });
    const index = new ClusterIndex(categories);
    expect(index.upsert(a)).toEqual({ changed: [], removed: [] });
    const made = index.upsert(b);
    expect(made.changed.map((cluster) => cluster.id)).toEqual([`cl-${a.id}`]);
    const resolved = index.upsert({ ...a, status: 'resolved' });
    expect(resolved).toEqual({ changed: [], removed: [`cl-${a.id}`] });
    expect(index.clusterOf(b.id)).toBeNull();
  });

  it('keeps the id while the earliest issue stays, and renames when it leaves', () => {
    const [a, b, c] = [2, 3, 4].map((n) => clusterIssue({ receivedAt: day(n) })) as [
      ClusterIssue,
      ClusterIssue,
      ClusterIssue,
    ];
    const index = new ClusterIndex(categories);
    index.apply([a, b]);
    expect(index.upsert(c).changed.map((cluster) => cluster.id)).toEqual([`cl-${a.id}`]);
    expect(index.remove(a.id)).toEqual({
      changed: [expect.objectContaining({ id: `cl-${b.id}`, issueIds: [b.id, c.id] })],
      removed: [`cl-${a.id}`],
    });
  });

  it('splits a cluster in two when the issue between leaves', () => {
    const a = clusterIssue({ receivedAt: day(1) });
    const b = clusterIssue({ receivedAt: day(7) });
    const c = clusterIssue({ receivedAt: day(13) });
    const d = clusterIssue({ receivedAt: day(13) });
    const index = new ClusterIndex(categories);
    index.apply([a, b, c, d]);
    const change = index.remove(b.id);
    // The cluster named after A ends (A is alone now); C and D make one of their own.
    expect(change.removed).toEqual([`cl-${a.id}`]);
    expect(change.changed.map((cluster) => cluster.issueIds)).toEqual([[c.id, d.id]]);
    expect(index.clusters().map((cluster) => cluster.issueIds)).toEqual([[c.id, d.id]]);
    expect(index.clusterOf(a.id)).toBeNull();
  });

  it('updates a deadline in place', () => {
    const a = clusterIssue({ receivedAt: day(2) });
    const b = clusterIssue({ receivedAt: day(3) });
    const index = new ClusterIndex(categories);
    index.apply([a, b]);
    const change = index.upsert({ ...b, deadlineAt: '2026-03-04T23:59:59+03:00' });
    expect(change.changed[0]?.earliestDeadlineAt).toBe('2026-03-04T23:59:59+03:00');
  });
});
