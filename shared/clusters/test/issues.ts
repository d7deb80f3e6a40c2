import type { IssueStatus } from '../../domain';
import type { ClusterIssue, SectionSource } from '../types';
import type { RepeatIssue } from '../repeats';

// Issues for the clustering and repeat tests: a yard on Шипиловская улица, sections as the demo
// city has them.

export const categories: SectionSource[] = [
  { id: 'yard', parentId: null },
  { id: 'yard-rubbish', parentId: 'yard' },
  { id: 'yard-snow', parentId: 'yard' },
  { id: 'utilities', parentId: null },
  { id: 'utilities-hot-water', parentId: 'utilities' },
  { id: 'utilities-low-temperature', parentId: 'utilities' },
  { id: 'waste', parentId: null },
  { id: 'waste-containers', parentId: 'waste' },
];

/** Шипиловская улица, д. 35, корп. 2, as the tests place it. */
export const HOUSE = { lat: 55.6201, lng: 37.7201 };
/** Degrees of latitude per metre, near enough for placing test points. */
export const LAT_PER_METRE = 1 / 110_574;

let counter = 0;

/** One complaint about the rubbish at the house, with a fresh id. */
function base(receivedAt: string) {
  counter += 1;
  return {
    id: `iss-${String(counter).padStart(5, '0')}`,
    categoryId: 'yard-rubbish',
    address: 'Шипиловская улица, д. 35, корп. 2',
    lat: HOUSE.lat,
    lng: HOUSE.lng,
    receivedAt,
    status: 'new' as IssueStatus,
  };
}

export const clusterIssue = (fields: Partial<ClusterIssue> & { receivedAt: string }): ClusterIssue => ({
  ...base(fields.receivedAt),
  deadlineAt: '2026-03-20T23:59:59+03:00',
  ...fields,
});

export const repeatIssue = (fields: Partial<RepeatIssue> & { receivedAt: string }): RepeatIssue => ({
  ...base(fields.receivedAt),
  assigneeId: null,
  resolvedAt: null,
  ...fields,
});
