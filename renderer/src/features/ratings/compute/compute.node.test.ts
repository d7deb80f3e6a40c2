import { describe, expect, it } from 'vitest';
import { deadlineAt } from '@shared/calendar';
import { computeRatings } from './compute';
import { kpisOf } from './kpis';
import { customPeriod } from './period';
import { categories } from './test/builders';
import { NOW_MS, choice, mayRows } from './test/may-holidays';

// Every figure of the hand-made May-holidays company (test/may-holidays.ts), worked out by hand.

const report = computeRatings(mayRows, { choice, nowMs: NOW_MS });
const { current, previous } = report;

describe('the hand-made case itself', () => {
  it('carries the deadlines the city would give (first deadlines for the reopened i3 and i4)', () => {
    const sla = (id: string) => categories.find((category) => category.id === id)?.slaWorkingDays ?? 0;
    const expected: Record<string, [string, string, string]> = {
      i1: ['2026-04-30T20:00:00+03:00', 'rubbish', '2026-05-04T23:59:59+03:00'],
      i2: ['2026-05-09T10:00:00+03:00', 'rubbish', '2026-05-13T23:59:59+03:00'],
      i3: ['2026-04-27T07:00:00Z', 'roof', '2026-04-30T23:59:59+03:00'],
      i3reopened: ['2026-05-05T10:00:00+03:00', 'roof', '2026-05-08T23:59:59+03:00'],
      i4: ['2026-05-06T09:00:00+03:00', 'roof', '2026-05-12T23:59:59+03:00'],
      i4reopened: ['2026-05-13T10:00:00+03:00', 'roof', '2026-05-18T23:59:59+03:00'],
      i5: ['2026-05-15T18:00:00+03:00', 'rubbish', '2026-05-18T23:59:59+03:00'],
      i6: ['2026-05-17T11:00:00+03:00', 'roof', '2026-05-21T23:59:59+03:00'],
      p1: ['2026-04-26T20:59:00Z', 'rubbish', '2026-04-28T23:59:59+03:00'],
      p2: ['2026-04-20T10:00:00+03:00', 'rubbish', '2026-04-21T23:59:59+03:00'],
    };
    for (const [receivedAt, category, deadline] of Object.values(expected))
      expect(deadlineAt(receivedAt, sla(category))).toBe(deadline);
  });
});

describe('the period’s figures', () => {
  it('counts the issues received in the period by Moscow date, both ends checked', () => {
    // i1–i6; x1 is 00:30 on 18 May in Moscow (17 May in UTC); p1 is 23:59 on 26 April.
    expect(current.issues).toBe(6);
    expect(previous.issues).toBe(2);
  });

  it('counts answers on time against the first deadline, before any reopening', () => {
    // On time: i1 (4 May ≤ 4 May), i3 (29 Apr ≤ 30 Apr, though its deadline is now 8 May),
    // i4 (7 May ≤ 12 May). Late: i2 (14 May > 13 May), i5 (no report, 18 May has passed).
    // i6 is undecided: its deadline (21 May) is still ahead.
    expect(current.onTime).toBe(3);
    expect(current.late).toBe(2);
    expect(current.decided).toBe(5);
    expect(current.answered).toBe(4);
    expect(current.onTimeShare).toBeCloseTo(0.6, 10);
    // p1 reported in the deadline's last second: on time; p2 a day late.
    expect(previous.onTime).toBe(1);
    expect(previous.onTimeShare).toBe(0.5);
  });

  it('counts overdue now against the current deadline', () => {
    // i3 (8 May) and i4 (18 May) on moderation, i5 (18 May) new; i6 (21 May) is not yet due; i1, i2 resolved.
    expect(current.overdue).toBe(3);
    expect(current.resolved).toBe(2);
    expect(previous.overdue).toBe(0);
  });

  it('counts returned (a rejected report) and reopened (seen, or left its traces)', () => {
    expect(current.returned).toBe(1); // i2
    expect(current.reopened).toBe(2); // i3 by its event, i4 by the report after the accepted one
    expect(previous.returned + previous.reopened).toBe(0);
  });

  it('averages every rating of the period’s issues and counts them by score', () => {
    expect(current.ratings).toBe(4);
    expect(current.avgScore).toBe(3); // (5 + 2 + 1 + 4) / 4
    expect(current.scoreCounts).toEqual({ 1: 1, 2: 1, 3: 0, 4: 1, 5: 1 });
    expect(previous.avgScore).toBe(4); // (3 + 5) / 2
  });

  it('takes the median of working hours and of clock hours to the first report', () => {
    // Working: i1 13, i4 27, i3 53, i2 56 → (27 + 53) / 2. Clock: i4 27, i3 53, i1 85, i2 118 → (53 + 85) / 2.
    expect(current.medianWorkingHours).toBe(40);
    expect(current.medianClockHours).toBe(69);
    // p1: Sunday 23:59 is not a working minute, then Mon 24 h and Tue up to 23:59:59; p2: 48.
    expect(previous.medianWorkingHours).toBeCloseTo((24 + 24 - 1 / 3600 + 48) / 2, 6);
    expect(previous.medianClockHours).toBeCloseTo((48 + 59 / 3600 + 48) / 2, 6);
  });

  it('leaves drafts out and counts the report waiting in the outbox separately', () => {
    expect(current.reportsInOutbox).toBe(1); // i6's queued report; i5's draft is nobody's figure
  });
});

describe('the changes against the previous period', () => {
  const kpis = new Map(kpisOf(current, previous).map((kpi) => [kpi.id, kpi]));

  it('marks each change good or bad by which way is better', () => {
    expect(kpis.get('onTime')?.change).toMatchObject({ direction: 'up', meaning: 'good' });
    expect(kpis.get('onTime')?.change.delta).toBeCloseTo(0.1, 10);
    expect(kpis.get('overdue')?.change).toEqual({ delta: 3, direction: 'up', meaning: 'bad' });
    expect(kpis.get('avgScore')?.change).toEqual({ delta: -1, direction: 'down', meaning: 'bad' });
    expect(kpis.get('medianHours')?.change).toMatchObject({ direction: 'down', meaning: 'good' });
    expect(kpis.get('issues')?.change).toEqual({ delta: 4, direction: 'up', meaning: 'neutral' });
    expect(kpis.get('returned')?.change).toEqual({ delta: 1, direction: 'up', meaning: 'bad' });
  });
});

describe('the weekly trend', () => {
  it('has every ISO week of the period, by the week of receipt', () => {
    expect(report.weeks.map(({ monday, year, week }) => [monday, year, week])).toEqual([
      ['2026-04-27', 2026, 18],
      ['2026-05-04', 2026, 19],
      ['2026-05-11', 2026, 20],
    ]);
    // Week 18: i1 and i3 on time; scores 5 and 1. Week 19: i4 on time, i2 late (i2 came on
    // Saturday 9 May); scores 4 and 2. Week 20: i5 late, i6 undecided; no scores.
    expect(report.weeks.some((week) => week.partial)).toBe(false);
    expect(report.weeks.map((week) => [week.issues, week.decided, week.onTimeShare, week.avgScore])).toEqual([
      [2, 2, 1, 3],
      [2, 2, 0.5, 3],
      [2, 1, 0, null],
    ]);
  });
});

describe('partial weeks', () => {
  it('are marked at either end of a period that does not start on a Monday or end on a Sunday', () => {
    // Wed 29 April – Tue 12 May 2026.
    const weeks = computeRatings(mayRows, {
      choice: customPeriod('2026-04-29', '2026-05-12'),
      nowMs: NOW_MS,
    }).weeks;
    expect(weeks.map((week) => [week.monday, week.partial])).toEqual([
      ['2026-04-27', true],
      ['2026-05-04', false],
      ['2026-05-11', true],
    ]);
  });
});

describe('the breakdowns', () => {
  const byKey = <T extends { key: string }>(rows: readonly T[]) => new Map(rows.map((row) => [row.key, row]));

  it('by topic, named with the parent topic', () => {
    const topics = byKey(report.breakdowns.byTopic);
    expect(topics.get('rubbish')?.name).toEqual({
      ru: 'Мой двор › Неубранный мусор',
      en: 'My yard › Uncollected rubbish',
    });
    expect(topics.get('rubbish')?.figures).toMatchObject({
      issues: 3,
      onTime: 1,
      late: 2,
      overdue: 1,
      returned: 1,
      avgScore: 3.5,
    });
    expect(topics.get('roof')?.figures).toMatchObject({
      issues: 3,
      onTime: 2,
      onTimeShare: 1,
      overdue: 2,
      returned: 0,
      avgScore: 2.5,
    });
    expect(topics.get('roof')?.target).toEqual({ kind: 'category', categoryId: 'roof' });
  });

  it('by staff member, with the unassigned on a row of their own', () => {
    const people = byKey(report.breakdowns.byStaff);
    expect(people.get('ivanov')?.figures.issues).toBe(3); // i1, i2, i6
    expect(people.get('petrov')?.figures).toMatchObject({ issues: 2, onTimeShare: 1, overdue: 2 });
    expect(people.get('')?.name).toBeNull();
    expect(people.get('')?.target).toEqual({ kind: 'assignee', staffId: null });
    expect(people.get('')?.figures).toMatchObject({ issues: 1, late: 1, overdue: 1 });
  });

  it('by street and by building, whatever the spelling of the address', () => {
    const streets = byKey(report.breakdowns.byStreet);
    expect(streets.get('ореховый бульвар')?.figures.issues).toBe(3);
    expect(streets.get('шипиловская улица')?.figures.issues).toBe(3);
    const buildings = report.breakdowns.byBuilding.map((row) => [
      row.name?.ru,
      row.figures.issues,
      row.target,
    ]);
    expect(buildings).toEqual([
      [
        'Шипиловская улица, д. 35, корп. 2',
        3,
        { kind: 'address', text: 'Шипиловская улица, д. 35, корп. 2' },
      ],
      ['Ореховый бульвар, д. 22', 2, { kind: 'address', text: 'Ореховый бульвар, д. 22' }],
      // "г. Москва, Ореховый бульвар, 22к1, кв. 5": the city and the flat dropped.
      ['Ореховый бульвар, д. 22, корп. 1', 1, { kind: 'address', text: 'Ореховый бульвар, 22к1' }],
    ]);
  });
});

describe('the lowest-rated answers', () => {
  it('lists scores of 2 and below, lowest first, with the comment and the rated report', () => {
    expect(report.lowRated.total).toBe(2);
    expect(
      report.lowRated.answers.map((answer) => [
        answer.issueNumber,
        answer.score,
        answer.comment,
        answer.report?.text,
        answer.report?.photoCount,
        answer.report?.authorName,
      ]),
    ).toEqual([
      [
        'НГ-2026-i3',
        1,
        'Течёт снова',
        'Кровля над 5-м подъездом отремонтирована, швы промазаны.',
        3,
        'Петров Пётр',
      ],
      ['НГ-2026-i2', 2, 'Мусор так и лежит', 'Мусор вывезен, площадка убрана и промыта.', 2, 'Иванов Иван'],
    ]);
  });
});
