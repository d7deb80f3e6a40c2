import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { createI18n } from '../../i18n';
import { reasonsLine } from './reason-words';

let ru: TFunction;
let en: TFunction;

beforeAll(async () => {
  ru = (await createI18n('ru')).t;
  en = (await createI18n('en')).t;
});

describe('an at-risk issue’s reasons in words', () => {
  const reasons = [
    {
      code: 'expected_late',
      expectedHours: 30.4,
      hoursLeft: 14.6,
      elapsedHours: 60,
      typicalHours: 90.4,
      alike: 40,
      lateAlike: 12,
      source: 'topic',
    },
    { code: 'heavy_load', open: 9, typicalOpen: 3, factor: 1.5 },
  ] as const;

  it('reads in Russian first, numbers rounded', () => {
    expect(reasonsLine(reasons, ru)).toBe(
      'Ожидается ещё 30 раб. ч, до срока 15 раб. ч: из 40 похожих заявок этой темы опоздали 12; ' +
        'У исполнителя 9 открытых заявок при обычных 3: оценка ×1.5',
    );
  });

  it('and in English beside it', () => {
    expect(reasonsLine(reasons, en)).toBe(
      '30 working h still expected, 15 working h to the deadline: 12 of 40 alike issues of this topic were late; ' +
        'The assignee holds 9 open issues where 3 is usual: estimate ×1.5',
    );
  });

  it('names nobody assigned, a rework, and a wait beyond the history', () => {
    expect(
      reasonsLine(
        [
          { code: 'beyond_history', elapsedHours: 120.2, samples: 57 },
          { code: 'rework' },
          { code: 'unassigned', factor: 1.5 },
        ],
        ru,
      ),
    ).toBe(
      'Ждёт отчёта 120 раб. ч — дольше почти всех 57 прошлых заявок этой темы; Отчёт возвращён на доработку; ' +
        'Никто не назначен, а прошла половина срока: оценка ×1.5',
    );
  });
});
