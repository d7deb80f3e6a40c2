import type { RatingsIssue, RatingsRating, RatingsReport, RatingsRows } from '../rows';

// Small builders for hand-made cases: each test names only the fields it is about.

let sequence = 0;
const nextUuid = () => {
  sequence += 1;
  return `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
};

export function issue(
  fields: Partial<RatingsIssue> & Pick<RatingsIssue, 'id' | 'receivedAt' | 'deadlineAt'>,
): RatingsIssue {
  return {
    number: `НГ-2026-${fields.id}`,
    categoryId: 'rubbish',
    address: 'Ореховый бульвар, д. 22',
    lat: 55.6158,
    lng: 37.7402,
    status: 'in_progress',
    assigneeId: 'ivanov',
    ...fields,
  };
}

export function cityReport(
  fields: Partial<RatingsReport> & Pick<RatingsReport, 'id' | 'issueId' | 'submittedAt'>,
): RatingsReport {
  return {
    clientReportId: nextUuid(),
    authorId: 'ivanov',
    text: 'Мусор вывезен, площадка убрана и промыта.',
    photoCount: 2,
    localState: null,
    status: 'accepted',
    decidedAt: null,
    ...fields,
  };
}

/** A report written on this workstation that the city does not have yet. */
export function localReport(issueId: string, localState: 'draft' | 'queued'): RatingsReport {
  return {
    clientReportId: nextUuid(),
    issueId,
    authorId: 'ivanov',
    text: 'Работы выполнены, фото приложены.',
    photoCount: 1,
    localState,
  };
}

export function rating(
  fields: Partial<RatingsRating> & Pick<RatingsRating, 'id' | 'issueId' | 'reportId' | 'score'>,
): RatingsRating {
  return { comment: null, ratedAt: '2026-05-19T12:00:00+03:00', ...fields };
}

export const categories: RatingsRows['categories'] = [
  { id: 'yard', parentId: null, nameRu: 'Мой двор', nameEn: 'My yard', slaWorkingDays: 8 },
  {
    id: 'rubbish',
    parentId: 'yard',
    nameRu: 'Неубранный мусор',
    nameEn: 'Uncollected rubbish',
    slaWorkingDays: 1,
  },
  { id: 'home', parentId: null, nameRu: 'Мой дом', nameEn: 'My building', slaWorkingDays: 8 },
  { id: 'roof', parentId: 'home', nameRu: 'Протечка кровли', nameEn: 'Roof leak', slaWorkingDays: 3 },
];

export const staff: RatingsRows['staff'] = [
  { id: 'ivanov', name: 'Иванов Иван' },
  { id: 'petrov', name: 'Петров Пётр' },
];

export function rowsOf(parts: Partial<RatingsRows>): RatingsRows {
  return { issues: [], reports: [], ratings: [], events: [], categories, staff, ...parts };
}
