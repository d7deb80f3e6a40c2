import { afterEach, describe, expect, it } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { CompanyStats, User } from '@shared/domain';
import { SignedIn, testWorkspace } from '../../../app/session/test/signed-in';
import { createDb, type DeskDb } from '../../../db/database';
import { cityStatsKey, cityStatsRequestKey } from '../../../db/requests';
import { useCityStats } from './use-city-stats';

const manager: User = {
  id: 'st-m',
  name: 'Руководитель',
  role: 'manager',
  companyId: 'co',
  companyName: 'Co',
};
const period = { from: '2026-11-01', to: '2026-12-01' };
const stats: CompanyStats = {
  issues: 12,
  resolved: 10,
  onTime: 9,
  overdue: 1,
  returned: 2,
  reopened: 0,
  avgScore: 4.5,
  scoreCounts: { 1: 0, 2: 0, 3: 1, 4: 3, 5: 6 },
  medianHoursToReport: 20,
};
let db: DeskDb;

afterEach(async () => {
  db.close();
  await db.delete();
});

function renderCityStats(user: User) {
  db = createDb({ name: `city-stats-${Math.random()}` });
  const workspace = testWorkspace(db, user);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <SignedIn workspace={workspace}>{children}</SignedIn>
  );
  return renderHook(() => useCityStats(period, null), { wrapper });
}

describe('the city’s own figures on the Ratings screen', () => {
  it('are asked of sync and shown once sync has written them', async () => {
    const { result } = renderCityStats(manager);
    expect(result.current.state).toEqual({ kind: 'loading' });
    await waitFor(async () =>
      expect((await db.requests.get(cityStatsRequestKey(period)))?.state).toBe('wanted'),
    );
    // What sync does when the city answers.
    await db.transaction('rw', db.cityStats, db.requests, async () => {
      await db.cityStats.put({
        key: cityStatsKey(period),
        period,
        stats,
        fetchedAt: new Date().toISOString(),
      });
      await db.requests.delete(cityStatsRequestKey(period));
    });
    await waitFor(() => expect(result.current.state).toEqual({ kind: 'ready', stats }));
  });

  it('say what happened when sync could not fetch them', async () => {
    const { result } = renderCityStats(manager);
    await waitFor(async () => expect(await db.requests.get(cityStatsRequestKey(period))).toBeDefined());
    await db.requests.update(cityStatsRequestKey(period), {
      state: 'failed',
      failedAt: new Date().toISOString(),
      error: { code: 'failed', message: 'The city answered 500' },
    });
    await waitFor(() =>
      expect(result.current.state).toEqual({
        kind: 'failed',
        code: 'failed',
        message: 'The city answered 500',
      }),
    );
  });

  it('are not asked for a dispatcher, who may not see them', async () => {
    const { result } = renderCityStats({ ...manager, role: 'dispatcher' });
    expect(result.current.state).toEqual({ kind: 'notManager' });
    expect(await db.requests.count()).toBe(0);
  });
});
