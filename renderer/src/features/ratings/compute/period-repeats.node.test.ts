import { describe, expect, it } from 'vitest';
import { computeRatings } from './compute';
import { customPeriod } from './period';
import { cityReport, issue, rowsOf } from './test/builders';

const choice = customPeriod('2026-05-01', '2026-05-31');
const nowMs = Date.parse('2026-06-02T12:00:00+03:00');
const at = (date: string) => `${date}T10:00:00+03:00`;
const deadlineAt = '2026-06-20T23:59:59+03:00';
const FAR = { lat: 55.7, lng: 37.6 };

/** An issue resolved on `resolvedOn` (its report accepted then), answered by `assigneeId`. */
const resolved = (
  id: string,
  fields: Parameters<typeof issue>[0] extends infer F ? Partial<F> : never,
  resolvedOn: string,
) =>
  [
    issue({ id, receivedAt: at('2026-04-10'), deadlineAt, status: 'resolved', ...fields }),
    cityReport({ id: `r-${id}`, issueId: id, submittedAt: at(resolvedOn), decidedAt: at(resolvedOn) }),
  ] as const;

describe('repeat complaints in Ratings', () => {
  it('counts the period’s repeats by topic, building and the staff member who answered the earlier one', () => {
    const [roofFixed, roofAnswer] = resolved(
      'e1',
      { categoryId: 'roof', assigneeId: 'petrov' },
      '2026-04-25',
    );
    const [rubbishFixed, rubbishAnswer] = resolved(
      'e2',
      { categoryId: 'rubbish', address: 'Шипиловская улица, д. 35', ...FAR, assigneeId: 'ivanov' },
      '2026-05-02',
    );
    const rows = rowsOf({
      issues: [
        roofFixed,
        rubbishFixed,
        // Repeats: the roof again at the same house (written another way), twice; the rubbish again.
        issue({
          id: 'n1',
          categoryId: 'roof',
          address: 'Ореховый бульвар, 22',
          receivedAt: at('2026-05-05'),
          deadlineAt,
        }),
        issue({ id: 'n2', categoryId: 'roof', receivedAt: at('2026-05-20'), deadlineAt }),
        issue({
          id: 'n3',
          categoryId: 'rubbish',
          address: 'ул. Шипиловская, д.35',
          ...FAR,
          receivedAt: at('2026-05-10'),
          deadlineAt,
        }),
        // Not repeats: another topic at the house; the roof more than 30 days after its fix.
        issue({ id: 'x1', categoryId: 'rubbish', receivedAt: at('2026-05-06'), deadlineAt }),
        issue({
          id: 'x2',
          categoryId: 'roof',
          address: 'Ореховый бульвар, д. 22',
          receivedAt: at('2026-05-30'),
          deadlineAt,
        }),
      ],
      reports: [roofAnswer, rubbishAnswer],
    });
    const { repeats } = computeRatings(rows, { choice, nowMs });
    expect(repeats.total).toBe(3);
    expect(repeats.issues).toBe(5);
    expect(repeats.byTopic.map((row) => [row.name?.ru, row.count, row.target])).toEqual([
      ['Мой дом › Протечка кровли', 2, { kind: 'category', categoryId: 'roof' }],
      ['Мой двор › Неубранный мусор', 1, { kind: 'category', categoryId: 'rubbish' }],
    ]);
    expect(repeats.byBuilding.map((row) => [row.count, row.share])).toEqual([
      [2, 2 / 3],
      [1, 1 / 3],
    ]);
    expect(repeats.byStaff.map((row) => [row.name?.ru, row.count])).toEqual([
      ['Петров Пётр', 2],
      ['Иванов Иван', 1],
    ]);
  });

  it('counts nothing in a period without repeats', () => {
    const rows = rowsOf({ issues: [issue({ id: 'a', receivedAt: at('2026-05-03'), deadlineAt })] });
    const { repeats } = computeRatings(rows, { choice, nowMs });
    expect(repeats).toMatchObject({ total: 0, byTopic: [], byBuilding: [], byStaff: [] });
  });
});
