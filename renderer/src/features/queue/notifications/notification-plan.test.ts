import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { createI18n } from '../../../i18n';
import { NOW, lookups, row } from '../test/fixtures';
import { emptyMemory, planNotifications, type PlanInput } from './notification-plan';
import { deskNotifications } from './notification-text';
import { loadMemory, memoryKey, saveMemory } from './notification-memory';

const today = '2026-11-25T23:59:59+03:00';
const urgentArrival = row({ id: 'u1', status: 'new', priority: 'urgent', address: 'Ореховый бульвар, д. 3' });
const rows = [
  urgentArrival,
  row({ id: 'u2', status: 'in_progress', priority: 'urgent', assigneeId: 'st-1' }),
  row({ id: 'd1', status: 'in_progress', assigneeId: 'st-1', deadlineAt: today }),
  row({ id: 'd2', status: 'on_moderation', assigneeId: 'st-2', deadlineAt: today }),
  row({ id: 'd3', status: 'returned', assigneeId: 'st-2', deadlineAt: today }),
  row({ id: 'late', status: 'new', deadlineAt: '2026-11-25T11:00:00+03:00' }),
];
const input = (extra: Partial<PlanInput> = {}): PlanInput => ({
  rows,
  nowMs: NOW,
  memory: emptyMemory,
  choices: { urgentIssues: true, dueToday: true },
  checkDueToday: true,
  concerns: () => true,
  ...extra,
});
const planned = (input: PlanInput) =>
  planNotifications(input).notifications.map((n) => [n.kind, n.rows.map((r) => r.id)]);

describe('what the queue announces', () => {
  it('a new urgent issue, and open issues due later today', () => {
    expect(planned(input())).toEqual([
      ['urgent', ['u1']],
      ['dueToday', ['d1', 'd3']],
    ]);
  });

  it('each urgent issue once, and each due issue once a day', () => {
    const first = planNotifications(input());
    expect(planned(input({ memory: first.memory }))).toEqual([]);
    const tomorrow = Date.parse('2026-11-26T09:00:00+03:00');
    const next = planNotifications(
      input({
        memory: first.memory,
        nowMs: tomorrow,
        rows: [row({ id: 'd1', status: 'in_progress', deadlineAt: '2026-11-26T23:59:59+03:00' })],
      }),
    );
    expect(next.notifications.map((n) => n.rows.map((r) => r.id))).toEqual([['d1']]);
  });

  it('checks deadlines only on start and after a sync', () => {
    expect(planned(input({ checkDueToday: false }))).toEqual([['urgent', ['u1']]]);
  });

  it('honours the choices in Settings, remembering what it did not say', () => {
    const silent = planNotifications(input({ choices: { urgentIssues: false, dueToday: false } }));
    expect(silent.notifications).toEqual([]);
    expect(planned(input({ memory: silent.memory }))).toEqual([]);
  });

  it('tells a supervisor only of their own issues', () => {
    expect(planned(input({ concerns: (r) => r.assigneeId === 'st-2' }))).toEqual([['dueToday', ['d3']]]);
  });
});

describe('the notifications’ words', () => {
  let t: TFunction;
  beforeAll(async () => {
    t = (await createI18n('ru')).t;
  });

  it('name the issue, open it on a click and mark urgent ones', () => {
    const [urgent] = deskNotifications([{ kind: 'urgent', rows: [urgentArrival] }], t, lookups());
    expect(urgent).toEqual({
      title: 'Новая срочная заявка НГ-2026-00000u1',
      body: 'Неубранный мусор · Ореховый бульвар, д. 3',
      issueId: 'u1',
      urgent: true,
    });
  });

  it('sum up a burst in one notification', () => {
    const many = Array.from({ length: 5 }, (_, i) => row({ id: `d${i}`, deadlineAt: today }));
    expect(deskNotifications([{ kind: 'dueToday', rows: many }], t, lookups())).toEqual([
      {
        title: 'Сегодня истекает срок у 5 заявок',
        body: 'Откройте очередь, фильтр «Истекают сегодня».',
        urgent: false,
      },
    ]);
  });
});

describe('the memory of what was said', () => {
  it('survives a restart and shrugs off a damaged entry', () => {
    const memory = { urgent: ['u1'], dueToday: { date: '2026-11-25', ids: ['d1'] } };
    saveMemory(localStorage, 'db-1', memory);
    expect(loadMemory(localStorage, 'db-1')).toEqual(memory);
    localStorage.setItem(memoryKey('db-2'), '{broken');
    expect(loadMemory(localStorage, 'db-2')).toEqual(emptyMemory);
  });
});
