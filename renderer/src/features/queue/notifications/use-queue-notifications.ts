import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesk } from '../../../app/desk-context';
import { useWorkspace } from '../../../app/session/session-context';
import { useSyncStatus } from '../../../db/use-sync-status';
import { useQueueSnapshot } from '../index/use-queue-snapshot';
import { useQueueLookups } from '../hooks/use-queue-lookups';
import { planNotifications } from './notification-plan';
import { deskNotifications } from './notification-text';
import { loadMemory, saveMemory } from './notification-memory';

/** Lets a burst of sync pages settle before deciding what is new. */
const SETTLE_MS = 1500;

/**
 * Desktop notifications for the signed-in person: a new urgent issue as it arrives, and the
 * issues due today on start and after each sync (once a day each), as chosen in Settings.
 */
export function useQueueNotifications(): void {
  const desk = useDesk();
  const { t } = useTranslation();
  const { db, user } = useWorkspace();
  const snapshot = useQueueSnapshot(db);
  const lookups = useQueueLookups();
  const sync = useSyncStatus(db);
  const checkedSync = useRef<string | null | undefined>(undefined);

  useEffect(() => {
    if (!snapshot.loaded || lookups.categories.size === 0) return;
    const timer = window.setTimeout(() => {
      void (async () => {
        // On start (nothing checked yet) and after every successful sync.
        const checkDueToday = checkedSync.current === undefined || checkedSync.current !== sync.lastSuccessAt;
        checkedSync.current = sync.lastSuccessAt;
        const settings = await desk.settings.get();
        if (!settings.ok) return;
        const plan = planNotifications({
          rows: snapshot.rows,
          nowMs: Date.now(),
          memory: loadMemory(localStorage, db.name),
          choices: settings.value.notifications,
          checkDueToday,
          concerns: (row) => user.role !== 'supervisor' || row.assigneeId === user.id,
        });
        saveMemory(localStorage, db.name, plan.memory);
        for (const notification of deskNotifications(plan.notifications, t, lookups))
          await desk.notifications.show(notification);
      })();
    }, SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [snapshot, lookups, sync.lastSuccessAt, desk, db, user, t]);
}
