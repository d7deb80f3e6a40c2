import type { IssueRecord } from '../records';

/** An issue as the replica keeps it, in the demo city's shape; tests name what matters to them. */
export function issueRecord(overrides: Partial<IssueRecord> & { id: string }): IssueRecord {
  const assigneeId = overrides.assigneeId ?? null;
  return {
    number: `НГ-2026-${overrides.id.padStart(7, '0')}`,
    categoryId: 'yard-rubbish',
    title: 'Неубранный мусор во дворе',
    description: 'Во дворе не вывозят мусор',
    address: 'Ореховый бульвар, д. 22',
    district: 'Орехово-Борисово Северное',
    lat: 55.61,
    lng: 37.71,
    createdAt: '2026-11-20T10:00:00+03:00',
    receivedAt: '2026-11-20T10:05:00+03:00',
    deadlineAt: '2026-11-27T23:59:59+03:00',
    status: 'new',
    priority: 'normal',
    residentPhotos: [],
    moderatorComment: null,
    rev: 1,
    ...overrides,
    assigneeId,
    assigneeKey: assigneeId ?? '',
  };
}
