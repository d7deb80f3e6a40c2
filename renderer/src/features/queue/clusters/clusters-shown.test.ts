import { describe, expect, it } from 'vitest';
import type { ClusterRecord } from '@shared/clusters';
import { clustersShown } from './clusters-shown';

const cluster = (id: string, issueIds: string[], deadline: string, newest: string): ClusterRecord => ({
  id,
  issueIds,
  count: issueIds.length,
  earliestDeadlineAt: `${deadline}T23:59:59+03:00`,
  newestReceivedAt: `${newest}T10:00:00+03:00`,
  sectionId: 'yard',
});

describe('the clusters the «Похожие» list shows', () => {
  const all = new Map(
    [
      cluster('cl-a', ['a1', 'a2'], '2026-12-04', '2026-11-30'),
      cluster('cl-b', ['b1', 'b2', 'b3'], '2026-12-02', '2026-11-28'),
      cluster('cl-c', ['c1', 'c2'], '2026-12-02', '2026-11-30'),
    ].map((record) => [record.id, record]),
  );

  it('keeps a cluster with any of its issues shown, whole', () => {
    const shown = clustersShown(all, new Set(['a2', 'b3', 'x']));
    expect(shown.map((record) => record.id)).toEqual(['cl-b', 'cl-a']);
    expect(shown[0]?.count).toBe(3);
  });

  it('puts the earliest deadline first, then the newest arrival', () => {
    const shown = clustersShown(all, new Set(['a1', 'b1', 'c1']));
    expect(shown.map((record) => record.id)).toEqual(['cl-c', 'cl-b', 'cl-a']);
  });
});
