import { useCallback, useEffect, useState } from 'react';
import type { CompanyStats } from '@shared/domain';
import { CityError } from '../../../city/errors';
import { useWorkspace } from '../../auth/session-context';
import { useOnline } from '../../sync-status/hooks';
import type { Period } from '../compute/period';

export type CityStatsState =
  | { kind: 'notManager' }
  | { kind: 'offline' }
  | { kind: 'loading' }
  | { kind: 'ready'; stats: CompanyStats }
  | { kind: 'failed'; message: string };

/**
 * The city's own figures for the period (`GET /stats/company`, managers only). Asked again
 * after every successful sync, so that they and the local ones describe nearly the same moment.
 */
export function useCityStats(
  period: Period,
  lastSyncAt: string | null,
): { state: CityStatsState; retry: () => void } {
  const { user, client } = useWorkspace();
  const online = useOnline();
  const manager = user.role === 'manager';
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<{ periodKey: string; state: CityStatsState } | null>(null);
  const periodKey = `${period.from}|${period.to}`;

  useEffect(() => {
    if (!manager || !online) return;
    let current = true;
    client.companyStats(period.from, period.to).then(
      (stats) => current && setAnswer({ periodKey, state: { kind: 'ready', stats } }),
      (error: unknown) => {
        if (!current) return;
        const noAnswer = error instanceof CityError && (error.kind === 'network' || error.kind === 'timeout');
        const refused = error instanceof CityError && error.status === 403;
        const state: CityStatsState = noAnswer
          ? { kind: 'offline' }
          : refused
            ? { kind: 'notManager' }
            : { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
        setAnswer({ periodKey, state });
      },
    );
    return () => {
      current = false;
    };
    // lastSyncAt and attempt are here to ask again, not read.
  }, [client, manager, online, period.from, period.to, periodKey, lastSyncAt, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  if (!manager) return { state: { kind: 'notManager' }, retry };
  if (!online) return { state: { kind: 'offline' }, retry };
  // Another period's figures are never shown; this period's stay up while they are asked again.
  if (answer === null || answer.periodKey !== periodKey) return { state: { kind: 'loading' }, retry };
  return { state: answer.state, retry };
}
