import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { createI18n } from '../../i18n';
import { countdownLong, countdownShort } from './countdown-text';
import { deadlineState } from './deadline-state';

const moscow = (time: string) => Date.parse(`${time}+03:00`);
let ru: TFunction;
let en: TFunction;

beforeAll(async () => {
  ru = (await createI18n('ru')).t;
  en = (await createI18n('en')).t;
});

describe('the deadline countdown', () => {
  it('counts working days and today’s hours, skipping the weekend', () => {
    // Wednesday 10:00; deadline Monday: Thursday, Friday and Monday are left, plus 13 h 59 min today.
    const state = deadlineState(moscow('2026-11-25T10:00:00'), moscow('2026-11-30T23:59:59'), false);
    expect(state.tone).toBe('normal');
    expect(countdownShort(state, ru)).toBe('3 р.д. 13 ч');
    expect(countdownShort(state, en)).toBe('3 wd 13 h');
    expect(countdownLong(state, ru)).toBe('Осталось: 3 рабочих дня и 13 ч 59 мин сегодня');
    expect(countdownLong(state, en)).toBe('Left: 3 working days and 13 h 59 min today');
  });

  it('is amber with the hours left when the deadline falls today', () => {
    const state = deadlineState(moscow('2026-11-25T18:30:00'), moscow('2026-11-25T23:59:59'), false);
    expect(state.tone).toBe('today');
    expect(countdownShort(state, ru)).toBe('сегодня, 5 ч');
    expect(countdownLong(state, ru)).toMatch(/5 ч 29 мин/);
  });

  it('is red and says how late when overdue', () => {
    const state = deadlineState(moscow('2026-11-27T09:15:00'), moscow('2026-11-24T23:59:59'), false);
    expect(state.tone).toBe('overdue');
    // Wednesday and Thursday lost whole, and 9 h 15 min of Friday: the cell says the days,
    // the tooltip all of it.
    expect(countdownShort(state, ru)).toBe('просрочено 2 р.д.');
    expect(countdownLong(state, ru)).toBe('Просрочено: 2 рабочих дня и 9 ч 15 мин сегодня');
    expect(countdownShort(state, en)).toBe('overdue 2 wd');
  });

  it('says how late in hours, then minutes, when the deadline passed today', () => {
    const hours = deadlineState(moscow('2026-11-25T13:40:00'), moscow('2026-11-25T10:00:00'), false);
    expect(countdownShort(hours, ru)).toBe('просрочено 3 ч');
    expect(countdownLong(hours, ru)).toMatch(/3 ч 40 мин/);
    const minutes = deadlineState(moscow('2026-11-25T10:25:00'), moscow('2026-11-25T10:00:00'), false);
    expect(countdownShort(minutes, ru)).toBe('просрочено 25 мин');
  });

  it('uses Russian plurals for working days', () => {
    const one = deadlineState(moscow('2026-11-25T23:00:00'), moscow('2026-11-26T23:59:59'), false);
    expect(countdownLong(one, ru)).toMatch(/^Осталось: 1 рабочий день/);
    const five = deadlineState(moscow('2026-11-23T23:30:00'), moscow('2026-11-30T23:59:59'), false);
    expect(countdownLong(five, ru)).toMatch(/^Осталось: 5 рабочих дней/);
  });

  it('shows no countdown for a resolved issue', () => {
    const state = deadlineState(moscow('2026-11-27T09:15:00'), moscow('2026-11-24T23:59:59'), true);
    expect(state.tone).toBe('closed');
    expect(countdownShort(state, ru)).toBe('');
  });
});
