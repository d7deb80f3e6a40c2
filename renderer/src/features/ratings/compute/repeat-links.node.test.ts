import { describe, expect, it } from 'vitest';
import { RepeatIndex, withResolutions } from '@shared/clusters';
import { seededRandom } from '@shared/random';
import { indexRows, repeatLinksOf } from './row-index';
import type { RatingsIssue, RatingsReport } from './rows';
import { cityReport, issue, localReport, rowsOf } from './test/builders';

// Ratings' repeat links, swept from the index's columns, against RepeatIndex's question asked
// issue by issue of the same rows: random worlds of a few houses (one written two ways) and
// topics, resolutions on whole hours (ties on purpose), issues reopened after an accepted
// answer, answers accepted twice, and reports only this workstation has.

const ADDRESSES = ['Шипиловская улица, д. 35', 'ул. Шипиловская, д.35', 'Ореховый бульвар, д. 22', 'Москва'];
const TOPICS = ['rubbish', 'roof'];
const HOUR = 3_600_000;
const moscow = (ms: number) => `${new Date(ms + 3 * HOUR).toISOString().slice(0, 19)}+03:00`;

function world(seed: number, size: number): { issues: RatingsIssue[]; reports: RatingsReport[] } {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const start = Date.parse('2026-01-01T00:00:00+03:00');
  const issues: RatingsIssue[] = [];
  const reports: RatingsReport[] = [];
  for (let n = 0; n < size; n += 1) {
    const received = start + Math.floor(next() * 90 * 24) * HOUR;
    const fate = next();
    const id = `i-${String(Math.floor(next() * 1e6)).padStart(6, '0')}-${n}`;
    issues.push(
      issue({
        id,
        receivedAt: moscow(received),
        deadlineAt: moscow(received + 10 * 24 * HOUR),
        categoryId: pick(TOPICS),
        address: pick(ADDRESSES),
        lat: 55.62 + (next() - 0.5) * 0.004,
        lng: 37.72 + (next() - 0.5) * 0.007,
        status: fate < 0.6 ? 'resolved' : fate < 0.7 ? 'reopened' : 'in_progress',
      }),
    );
    const decided = received + (1 + Math.floor(next() * 96)) * HOUR;
    if (fate < 0.7)
      reports.push(
        cityReport({
          id: `r-${n}`,
          issueId: id,
          submittedAt: moscow(decided - HOUR),
          decidedAt: moscow(decided),
        }),
      );
    if (fate < 0.15)
      reports.push(
        cityReport({
          id: `r2-${n}`,
          issueId: id,
          submittedAt: moscow(decided),
          decidedAt: moscow(decided + 5 * HOUR),
        }),
      );
    if (fate > 0.9) reports.push(localReport(id, 'queued'));
  }
  return { issues, reports };
}

describe('Ratings’ repeat links', () => {
  it.each([
    [1, 300],
    [2, 300],
    [3, 80],
    [4, 40],
  ])('are what the index answers issue by issue (seed %i, %i issues)', (seed, size) => {
    const { issues, reports } = world(seed, size);
    const repeatIssues = withResolutions(
      issues,
      reports.map((report) => ({
        issueId: report.issueId,
        status: report.status ?? '',
        decidedAt: report.decidedAt ?? null,
      })),
    );
    const index = RepeatIndex.of(repeatIssues);
    const expected = repeatIssues.map((one) => index.repeatOf(one)?.issueId ?? null);
    const repeatOf = repeatLinksOf(indexRows(rowsOf({ issues, reports })));
    expect([...repeatOf].map((at) => (at < 0 ? null : (issues[at]?.id ?? null)))).toEqual(expected);
    expect(expected.filter((id) => id !== null).length).toBeGreaterThan(size / 10);
  });
});
