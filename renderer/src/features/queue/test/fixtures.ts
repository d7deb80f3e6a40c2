import type { CategoryRecord, IssueRecord, StaffRecord } from '../../../db/records';
import { issueRecord } from '../../../db/test/issue-record';
import { toQueueRow, type QueueRow } from '../model/queue-row';
import { buildLookups, type QueueLookups } from '../model/lookups';

// Test data for the queue's unit tests: a small company in the demo city's shape.

export { issueRecord };

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
