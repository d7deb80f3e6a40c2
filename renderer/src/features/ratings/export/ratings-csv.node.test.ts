import { describe, expect, it } from 'vitest';
import { issueStatuses } from '@shared/domain';
import { computeRatings, periodFacts } from '../compute/compute';
import { indexRows } from '../compute/row-index';
import { NOW_MS, choice, mayRows } from '../compute/test/may-holidays';
import { commonMessages } from '@shared/i18n';
import { ratingsMessages } from '../messages';
import type { PeriodRepeats } from '../compute/period-repeats';
import type { ReturnReasons } from '../compute/return-reasons';
import { repeatsMessages } from '../repeats-messages';
import { returnReasonsMessages } from '../return-reasons-messages';
import { csvColumns, csvSummaryFigures, ratingsCsv, type CsvText } from './ratings-csv';

const words = ratingsMessages.ru;
const text: CsvText = {
  language: 'ru',
  columns: new Map(csvColumns.map((column) => [column, words.csv.columns[column]])),
  statuses: new Map(issueStatuses.map((status) => [status, commonMessages.ru.status[status]])),
  yes: words.csv.yes,
  no: words.csv.no,
  notYet: words.csv.notYet,
  unassigned: words.breakdown.none.staff,
  unknownTopic: words.breakdown.none.topic,
  summary: words.csv.summary,
  figures: new Map(csvSummaryFigures.map((figure) => [figure, words.csv.figures[figure]])),
  tables: { returnReasons: returnReasonsMessages.ru, repeats: repeatsMessages.ru },
};

const returnReasons: ReturnReasons = {
  reasons: [
    { label: 'Ответ носит формальный характер.', returns: 3, share: 0.6, issues: 2, otherWordings: [] },
    { label: 'Фото не того места; переснимите', returns: 2, share: 0.4, issues: 2, otherWordings: [] },
  ],
  returns: 5,
  withoutComment: 0,
};
const same = (name: string) => ({ ru: name, en: name });
const repeats: PeriodRepeats = {
  total: 3,
  issues: 6,
  byTopic: [
    {
      key: 'rubbish',
      name: { ru: 'Мой двор › Неубранный мусор', en: 'My yard › Uncollected rubbish' },
      count: 3,
      share: 1,
      target: null,
    },
  ],
  byBuilding: [
    { key: 'b1', name: same('Ореховый бульвар, д. 22'), count: 2, share: 2 / 3, target: null },
    { key: 'b2', name: same('Шипиловская улица, д. 35'), count: 1, share: 1 / 3, target: null },
  ],
  byStaff: [
    { key: 'petrov', name: same('Петров Пётр'), count: 2, share: 2 / 3, target: null },
    { key: '', name: null, count: 1, share: 1 / 3, target: null },
  ],
};

const index = indexRows(mayRows);
const { current, previous } = computeRatings(mayRows, { choice, nowMs: NOW_MS });
const csv = ratingsCsv({
  facts: periodFacts(mayRows, index, choice.current, NOW_MS),
  index,
  choice,
  current,
  previous,
  city: { ...current, avgScore: 3, medianHoursToReport: 69 },
  returnReasons,
  repeats,
  text,
});
const lines = csv.slice(1).split('\r\n');
const rowOf = (number: string) => {
  const cells = (lines.find((line) => line.startsWith(`${number};`)) ?? '').split(';');
  return new Map(csvColumns.map((column, at) => [column, cells[at]]));
};

describe('the CSV of a period', () => {
  it('is UTF-8 with a BOM, `;`-separated, CRLF, a header and one row per issue of the period', () => {
    expect(csv.startsWith('\uFEFFНомер;Поступила;Тема;Адрес;Улица;Дом;Исполнитель;Статус;')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const blank = lines.indexOf('');
    expect(lines.slice(1, blank).map((line) => line.split(';')[0])).toEqual([
      'НГ-2026-i1',
      'НГ-2026-i2',
      'НГ-2026-i3',
      'НГ-2026-i4',
      'НГ-2026-i5',
      'НГ-2026-i6',
    ]);
  });

  it('carries every input of the figures, in Moscow time and with decimal commas', () => {
    expect(Object.fromEntries(rowOf('НГ-2026-i2'))).toEqual({
      number: 'НГ-2026-i2',
      receivedAt: '09.05.2026 10:00',
      topic: 'Мой двор › Неубранный мусор',
      address: 'г. Москва, Ореховый бульвар, 22к1, кв. 5',
      street: 'Ореховый бульвар',
      building: 'д. 22, корп. 1',
      assignee: 'Иванов Иван',
      status: 'Решена',
      firstDeadline: '13.05.2026 23:59',
      deadline: '13.05.2026 23:59',
      firstReportAt: '14.05.2026 08:00',
      onTime: 'нет',
      overdueNow: 'нет',
      reports: '2',
      rejected: '1',
      returned: 'да',
      reopened: 'нет',
      workingHours: '56',
      clockHours: '118',
      ratings: '1',
      scores: '2',
      avgScore: '2',
      inOutbox: '0',
    });
    // i3 was reopened: its first deadline (30 April) judged the answer, the current one (8 May) overdue.
    expect(rowOf('НГ-2026-i3').get('firstDeadline')).toBe('30.04.2026 23:59');
    expect(rowOf('НГ-2026-i3').get('deadline')).toBe('08.05.2026 23:59');
    expect(rowOf('НГ-2026-i3').get('reopened')).toBe('да');
    expect(rowOf('НГ-2026-i3').get('receivedAt')).toBe('27.04.2026 10:00');
    expect(rowOf('НГ-2026-i6').get('onTime')).toBe('срок не наступил');
    expect(rowOf('НГ-2026-i6').get('inOutbox')).toBe('1');
    expect(rowOf('НГ-2026-i5').get('assignee')).toBe('Не назначен');
  });

  it('ends with the summary beside the previous period and the city', () => {
    const blank = lines.indexOf('');
    expect(lines[blank + 1]).toBe('Показатель;Период;Прошлый период;Город');
    expect(lines.slice(blank + 2, blank + 7)).toEqual([
      'Даты;27.04.2026–17.05.2026;06.04.2026–26.04.2026;27.04.2026–17.05.2026',
      'Поступило заявок;6;2;6',
      'Решено;2;2;2',
      'Ответов в срок;3;1;3',
      'Ответов не в срок;2;1;',
    ]);
    expect(lines).toContain('Доля в срок, %;60;50;');
    expect(lines).toContain('Медиана до отчёта, рабочих ч;40;48;');
    expect(lines).toContain('Медиана до отчёта, ч подряд;69;48;69');
  });

  it('then the returns by reason: reason, count and share of the returns, each after an empty line', () => {
    const title = lines.indexOf('Возвраты по причинам');
    expect(lines[title - 1]).toBe('');
    expect(lines.slice(title + 1, title + 4)).toEqual([
      'Причина;Возвратов;Доля возвратов, %;Заявок',
      'Ответ носит формальный характер.;3;60;2',
      // A reason with a `;` is quoted, so Excel keeps it in one cell.
      '"Фото не того места; переснимите";2;40;2',
    ]);
  });

  it('and the repeat complaints by topic, building and who resolved the earlier issue', () => {
    const title = lines.indexOf('Повторные жалобы;3');
    expect(title).toBeGreaterThan(lines.indexOf('Возвраты по причинам'));
    expect(lines.slice(title + 1, title + 12)).toEqual([
      'По темам;Повторных;Доля, %',
      'Мой двор › Неубранный мусор;3;100',
      '',
      'По домам;Повторных;Доля, %',
      'Ореховый бульвар, д. 22;2;66,7',
      'Шипиловская улица, д. 35;1;33,3',
      '',
      'Кто закрыл прежнюю заявку;Повторных;Доля, %',
      'Петров Пётр;2;66,7',
      'Не назначено;1;33,3',
      '',
    ]);
  });
});
