import { describe, expect, it } from 'vitest';
import { countRepeats } from './repeat-counts';
import { findRepeats } from './repeat-sweep';
import { RepeatIndex } from './repeats';
import { withResolutions } from './resolutions';
import { HOUSE, LAT_PER_METRE, repeatIssue } from './test/issues';

const resolved = (resolvedAt: string, fields: Parameters<typeof repeatIssue>[0] | object = {}) =>
  repeatIssue({
    receivedAt: '2026-02-10T10:00:00+03:00',
    status: 'resolved',
    assigneeId: 'st-007',
    resolvedAt,
    ...fields,
  });

describe('repeat complaints', () => {
  it('counts 30 days by Moscow dates: resolved on 1 March, a repeat up to the end of 31 March', () => {
    // 01:00 on 1 March in Moscow is still 28 February in UTC.
    const earlier = resolved('2026-03-01T01:00:00+03:00');
    const lastDay = repeatIssue({ receivedAt: '2026-03-31T23:59:00+03:00' });
    const dayAfter = repeatIssue({ receivedAt: '2026-04-01T00:00:30+03:00' });
    const repeats = findRepeats([earlier, lastDay, dayAfter]);
    expect(repeats.get(lastDay.id)).toEqual({
      issueId: earlier.id,
      resolvedAt: '2026-03-01T01:00:00+03:00',
      assigneeId: 'st-007',
    });
    expect(repeats.has(dayAfter.id)).toBe(false);
  });

  it('counts a resolution late on a day as that Moscow day', () => {
    // 23:30 on 1 March in Moscow is 20:30 UTC, the same date: 31 March is the last day either way.
    const earlier = resolved('2026-03-01T23:30:00+03:00');
    const early = repeatIssue({ receivedAt: '2026-03-31T00:10:00+03:00' });
    const late = repeatIssue({ receivedAt: '2026-04-01T09:00:00+03:00' });
    expect([...findRepeats([earlier, early, late]).keys()]).toEqual([early.id]);
  });

  it('needs the same topic, and the same building or 50 m', () => {
    const earlier = resolved('2026-03-05T12:00:00+03:00');
    const otherSpelling = repeatIssue({
      receivedAt: '2026-03-10T10:00:00+03:00',
      address: 'ул. Шипиловская, 35к2',
      lat: 55.7,
    });
    const near = repeatIssue({
      receivedAt: '2026-03-10T10:00:00+03:00',
      address: 'во дворе',
      lat: HOUSE.lat + 40 * LAT_PER_METRE,
    });
    const far = repeatIssue({
      receivedAt: '2026-03-10T10:00:00+03:00',
      address: 'Шипиловская улица, д. 41',
      lat: HOUSE.lat + 70 * LAT_PER_METRE,
    });
    const otherTopic = repeatIssue({ receivedAt: '2026-03-10T10:00:00+03:00', categoryId: 'yard-snow' });
    const repeats = findRepeats([earlier, otherSpelling, near, far, otherTopic]);
    expect([...repeats.keys()].sort()).toEqual([otherSpelling.id, near.id].sort());
  });

  it('follows the latest earlier resolution, never one after the new issue arrived', () => {
    const older = resolved('2026-03-02T12:00:00+03:00');
    const newer = resolved('2026-03-06T12:00:00+03:00');
    const after = resolved('2026-03-12T12:00:00+03:00');
    const issue = repeatIssue({ receivedAt: '2026-03-10T10:00:00+03:00' });
    expect(findRepeats([older, newer, after, issue]).get(issue.id)?.issueId).toBe(newer.id);
  });

  it('marks open issues only, and forgets an issue that is no longer resolved', () => {
    const earlier = resolved('2026-03-02T12:00:00+03:00');
    const open = repeatIssue({ receivedAt: '2026-03-10T10:00:00+03:00', status: 'in_progress' });
    const done = repeatIssue({ receivedAt: '2026-03-10T10:00:00+03:00', status: 'resolved' });
    expect([...findRepeats([earlier, open, done]).keys()]).toEqual([open.id]);
    const index = new RepeatIndex();
    index.upsert(earlier);
    expect(index.repeatOf(open)?.issueId).toBe(earlier.id);
    index.upsert({ ...earlier, status: 'reopened', resolvedAt: null });
    expect(index.repeatOf(open)).toBeNull();
  });
});

describe('repeat counts for Ratings', () => {
  it('counts repeats received in the period by topic, building and who answered the earlier one', () => {
    const byIvanov = resolved('2026-03-02T12:00:00+03:00', { assigneeId: 'st-001' });
    const byPetrov = resolved('2026-03-03T12:00:00+03:00', {
      assigneeId: 'st-002',
      categoryId: 'utilities-hot-water',
      address: 'Елецкая улица, д. 14',
      lat: 55.6,
    });
    const issues = [
      byIvanov,
      byPetrov,
      repeatIssue({ receivedAt: '2026-03-10T10:00:00+03:00' }),
      repeatIssue({
        receivedAt: '2026-03-12T10:00:00+03:00',
        address: 'ул. Шипиловская, 35к2',
        status: 'resolved',
        resolvedAt: '2026-03-13T10:00:00+03:00',
      }),
      repeatIssue({
        receivedAt: '2026-03-11T10:00:00+03:00',
        categoryId: 'utilities-hot-water',
        address: 'Елецкая ул., 14',
        lat: 55.6,
      }),
      // Received on 1 April: outside [1 March, 1 April).
      repeatIssue({ receivedAt: '2026-04-01T00:05:00+03:00' }),
    ];
    const counts = countRepeats(issues, { from: '2026-03-01', to: '2026-04-01' });
    expect(counts.total).toBe(3);
    expect(counts.byTopic).toEqual([
      { key: 'yard-rubbish', label: 'yard-rubbish', count: 2 },
      { key: 'utilities-hot-water', label: 'utilities-hot-water', count: 1 },
    ]);
    expect(counts.byBuilding).toEqual([
      { key: 'шипиловская|35|2|', label: 'Шипиловская улица, д. 35, корп. 2', count: 2 },
      { key: 'елецкая|14||', label: 'Елецкая ул., 14', count: 1 },
    ]);
    expect(counts.byStaff).toEqual([
      { key: 'st-001', label: 'st-001', count: 2 },
      { key: 'st-002', label: 'st-002', count: 1 },
    ]);
  });
});

describe('resolutions', () => {
  it('takes a resolved issue’s resolution from its latest accepted report', () => {
    const done = repeatIssue({ receivedAt: '2026-03-01T10:00:00+03:00', status: 'resolved' });
    const reopened = repeatIssue({ receivedAt: '2026-03-01T10:00:00+03:00', status: 'reopened' });
    const reports = [
      { issueId: done.id, status: 'rejected', decidedAt: '2026-03-03T10:00:00+03:00' },
      { issueId: done.id, status: 'accepted', decidedAt: '2026-03-05T10:00:00+03:00' },
      { issueId: reopened.id, status: 'accepted', decidedAt: '2026-03-04T10:00:00+03:00' },
    ];
    expect(withResolutions([done, reopened], reports).map((issue) => issue.resolvedAt)).toEqual([
      '2026-03-05T10:00:00+03:00',
      null,
    ]);
  });
});
