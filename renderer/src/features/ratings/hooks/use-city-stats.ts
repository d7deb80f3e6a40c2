import { useCallback, useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { CompanyStats } from '@shared/domain';
import { cityStatsInStore, cityStatsKey, type CityStatsInStore } from '../../../db/requests';
import { useWorkspace } from '../../../app/session/session-context';
import { useOnline } from '../../../platform/use-online';
import type { Period } from '../compute/period';

export type CityStatsState =
  | { kind: 'notManager' }
  | { kind: 'offline' }
  | { kind: 'loading' }
  | { kind: 'ready'; stats: CompanyStats }
  | { kind: 'failed'; code: string; message: string };

/** What the store holds for the period, as the screen shows it; only answers since `since` count. */
function stateOf(stored: CityStatsInStore, since: string): CityStatsState {
  const { record, request } = stored;
  const fresh = record !== undefined && record.fetchedAt >= since ? record : undefined;
  const failedAt = request?.state === 'failed' ? (request.failedAt ?? '') : '';
  if (
    request?.state === 'failed' &&
    request.error &&
    failedAt >= since &&
    failedAt > (fresh?.fetchedAt ?? '')
  ) {
    if (request.error.code === 'offline') return { kind: 'offline' };
    if (request.error.code === 'forbidden') return { kind: 'notManager' };
    return { kind: 'failed', code: request.error.code, message: request.error.message };
  }
  // This period's figures stay up while they are asked again.
  return fresh ? { kind: 'ready', stats: fresh.stats } : { kind: 'loading' };
}

/**
 * The city's own figures for the period (`GET /stats/company`, managers only), asked of sync
 * and read from the store. Asked again after every successful sync, so that they and the
 * local ones describe nearly the same moment.
 */
export function useCityStats(
  period: Period,
  lastSyncAt: string | null,
): { state: CityStatsState; retry: () => void } {
  const { user, db, commands } = useWorkspace();
  const online = useOnline();
  const manager = user.role === 'manager';
  const [attempt, setAttempt] = useState(0);
  // Figures fetched before the screen opened may describe another moment: they are not shown.
  const [since] = useState(() => new Date().toISOString());
  const { from, to } = period;

  useEffect(() => {
    if (!manager || !online) return;
    void commands.askCityStats({ from, to });
    // lastSyncAt and attempt are here to ask again, not read.
  }, [commands, manager, online, from, to, lastSyncAt, attempt]);

  const stored = useLiveQuery(() => cityStatsInStore(db, { from, to }), [db, from, to]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  if (!manager) return { state: { kind: 'notManager' }, retry };
  if (!online) return { state: { kind: 'offline' }, retry };
  // Another period's figures are never shown.
  if (stored === undefined || stored.key !== cityStatsKey({ from, to }))
    return { state: { kind: 'loading' }, retry };
  return { state: stateOf(stored, since), retry };
}
