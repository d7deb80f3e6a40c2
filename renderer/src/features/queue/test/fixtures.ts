import type { CategoryRecord, IssueRecord, StaffRecord } from '../../../db/records';
import { toQueueRow, type QueueRow } from '../model/queue-row';
import { buildLookups, type QueueLookups } from '../model/lookups';

// Test data for the queue's unit tests: a small company in the demo city's shape.

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

export const row = (overrides: Partial<IssueRecord> & { id: string }): QueueRow =>
  toQueueRow(issueRecord(overrides));

export const categories: CategoryRecord[] = [
  {
    id: 'yard',
    parentId: null,
    nameRu: 'Мой двор',
    nameEn: 'My yard',
    slaWorkingDays: 5,
    afterPhotoRequired: true,
  },
  {
    id: 'yard-rubbish',
    parentId: 'yard',
    nameRu: 'Неубранный мусор',
    nameEn: 'Rubbish',
    slaWorkingDays: 5,
    afterPhotoRequired: true,
  },
  {
    id: 'yard-potholes',
    parentId: 'yard',
    nameRu: 'Ямы во дворе',
    nameEn: 'Potholes',
    slaWorkingDays: 8,
    afterPhotoRequired: true,
  },
  {
    id: 'building',
    parentId: null,
    nameRu: 'Мой дом',
    nameEn: 'My building',
    slaWorkingDays: 8,
    afterPhotoRequired: true,
  },
  {
    id: 'building-lift',
    parentId: 'building',
    nameRu: 'Неисправный лифт',
    nameEn: 'Broken lift',
    slaWorkingDays: 1,
    afterPhotoRequired: false,
  },
];

export const staff: StaffRecord[] = [
  { id: 'st-1', name: 'Яковлев Пётр Ильич', role: 'supervisor', active: true },
  { id: 'st-2', name: 'Абрамова Анна Сергеевна', role: 'supervisor', active: true },
  { id: 'st-3', name: 'Ушёл Давно Уже', role: 'supervisor', active: false },
  { id: 'st-9', name: 'Князева Юлия Владимировна', role: 'dispatcher', active: true },
];

export const lookups = (language: 'ru' | 'en' = 'ru'): QueueLookups =>
  buildLookups(categories, staff, language);

/** 2026-11-25 12:00 Moscow, a Wednesday and a working day. */
export const NOW = Date.parse('2026-11-25T12:00:00+03:00');
