import type { IssueRecord } from '../../../db/records';

/** Issues as the replica keeps them, `count` of them with ids `i-<from>`…: enough to write and count. */
export function issueRows(from: number, count: number): IssueRecord[] {
  return Array.from({ length: count }, (_, k) => ({
    id: `i-${String(from + k).padStart(6, '0')}`,
    number: `НГ-2026-${String(from + k).padStart(7, '0')}`,
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
    assigneeId: null,
    assigneeKey: '',
  }));
}
