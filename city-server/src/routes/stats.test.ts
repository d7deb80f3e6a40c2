import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompanyStats, Problem } from '@shared/domain';
import { startTestServer, type TestServer } from '../test/harness';

// NORTH's March 2026 in the fixture city, at the test clock (Wed 25 March 2026, 12:00 MSK).
// Deadlines count working days after the day of receipt; Mon 9 March is a holiday.
//
// | issue          | received     | SLA | deadline   | first report       | now           |
// | fresh          | Mon 2, 10:00 | 8   | Fri 13     | none               | new: overdue  |
// | in progress    | Mon 16, 9:00 | 8   | Thu 26     | none               | not yet due   |
// | on moderation  | Tue 3, 8:00  | 5   | Wed 11     | Thu 5, 8:00 (48 h) | on time; overdue (not resolved) |
// | returned       | Wed 4, 12:00 | 8   | Tue 17     | Wed 18, 12:00 (336 h), rejected | late; overdue; returned |
// | resolved       | Thu 5, 10:00 | 1   | Fri 6      | Fri 6, 10:00 (24 h)| on time; resolved; rated 5 |
// | reopened       | Mon 2, 9:00  | 1   | Tue 3 (then Wed 11 after the 10 March reopening) | Tue 3, 21:00 (36 h) | on time; overdue; reopened; rated 2 |
// | withdrawn      | Fri 6        |     |            |                    | not the company's: not counted |
//
// issues 6, resolved 1, onTime 3, overdue 4, returned 1, reopened 1, scores {2: 1, 5: 1} → 3.5,
// hours to the first report 24, 36, 48, 336 → median 42.

const MARCH = {
  issues: 6,
  resolved: 1,
  onTime: 3,
  overdue: 4,
  returned: 1,
  reopened: 1,
  avgScore: 3.5,
  scoreCounts: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 1 },
  medianHoursToReport: 42,
};

describe('GET /stats/company', () => {
  let city: TestServer;
  let manager: string;
  beforeAll(async () => {
    city = await startTestServer();
    manager = await city.tokenOf('manager');
  });
  afterAll(() => city.close());

  const stats = async (query: string) => {
    const result = await city.call('GET', `/stats/company${query}`, { token: manager });
    expect(result.status).toBe(200);
    return CompanyStats.parse(result.json);
  };

  it('gives the figures for [from, to) by the contract’s definitions', async () => {
    expect(await stats('?from=2026-03-01&to=2026-04-01')).toEqual(MARCH);
  });

  it('defaults to the last 30 days including today', async () => {
    // 24 Feb – 25 Mar: the same six issues (the February one was received on the 10th).
    expect(await stats('')).toEqual(MARCH);
  });

  it('excludes `to` and includes `from`', async () => {
    expect((await stats('?from=2026-03-02&to=2026-03-03')).issues).toBe(2);
    expect((await stats('?from=2026-03-03&to=2026-03-05')).issues).toBe(2);
    expect(await stats('?from=2026-02-01&to=2026-03-01')).toEqual({
      issues: 1,
      resolved: 1,
      onTime: 1,
      overdue: 0,
      returned: 0,
      reopened: 0,
      avgScore: 4,
      scoreCounts: { 1: 0, 2: 0, 3: 0, 4: 1, 5: 0 },
      medianHoursToReport: 24,
    });
  });

  it('gives nulls where there is nothing to average', async () => {
    expect(await stats('?from=2025-01-01&to=2025-02-01')).toMatchObject({
      issues: 0,
      avgScore: null,
      medianHoursToReport: null,
    });
  });

  it('is for managers only', async () => {
    for (const login of ['dispatcher', 'supervisor']) {
      const result = await city.call('GET', '/stats/company', { token: await city.tokenOf(login) });
      expect(result.status).toBe(403);
      expect(Problem.parse(result.json).code).toBe('forbidden');
    }
    expect((await city.call('GET', '/stats/company')).status).toBe(401);
  });

  it('answers 400 for a malformed date and 422 for an empty window', async () => {
    const malformed = await city.call('GET', '/stats/company?from=1st%20of%20March', { token: manager });
    expect(malformed.status).toBe(400);
    const empty = await city.call('GET', '/stats/company?from=2026-03-10&to=2026-03-01', { token: manager });
    expect(empty.status).toBe(422);
    expect(Problem.parse(empty.json).code).toBe('validation');
  });
});
