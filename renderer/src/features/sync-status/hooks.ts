import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { unsentCount } from '../../db/outbox';
import type { OutboxRecord, SyncStatusRecord } from '../../db/records';
import { idleStatus } from '../../sync/engine';
import { useWorkspace } from '../auth/session-context';

/** The browser's own idea of the network; the sync engine finds out the rest by trying. */
export function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

export function useSyncStatus(): SyncStatusRecord {
  const { db } = useWorkspace();
  return useLiveQuery(() => db.getMeta('syncStatus'), [db]) ?? idleStatus;
}

export function useUnsentCount(): number {
  const { db } = useWorkspace();
  return useLiveQuery(() => unsentCount(db), [db]) ?? 0;
}

export interface OutboxView {
  item: OutboxRecord;
  issueNumber: string;
}

/** The outbox for people: each item with the issue number they know it by, newest sent last. */
export function useOutbox(): { active: OutboxView[]; sent: OutboxView[] } | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(async () => {
    const items = await db.outbox.orderBy('seq').toArray();
    const issues = await db.issues.bulkGet([...new Set(items.map((i) => i.issueId))]);
    const numbers = new Map(issues.flatMap((issue) => (issue ? [[issue.id, issue.number] as const] : [])));
    const view = (item: OutboxRecord): OutboxView => ({
      item,
      issueNumber: numbers.get(item.issueId) ?? item.issueId,
    });
    return {
      active: items.filter((i) => i.state !== 'sent').map(view),
      sent: items
        .filter((i) => i.state === 'sent')
        .reverse()
        .slice(0, 20)
        .map(view),
    };
  }, [db]);
}
