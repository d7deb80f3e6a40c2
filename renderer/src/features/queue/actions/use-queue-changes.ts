import { failureSentence, logFailure } from '../../../i18n/failure';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssuePatch } from '@shared/domain';
import type { DeskDb } from '../../../db/database';
import { queueChanges, type QueuedChanges } from './queue-changes';

export interface QueueMessage {
  text: string;
  severity: 'success' | 'warning' | 'error';
}

/**
 * Assignments and priorities written to the replica with their outbox rows (the sync engine
 * notices them by itself), and what the dispatcher is told about them.
 */
export function useQueueChanges(db: DeskDb) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<QueueMessage | null>(null);

  const applyChange = useCallback(
    async (issueIds: readonly string[], patch: IssuePatch): Promise<QueuedChanges | null> => {
      try {
        const result = await queueChanges(db, issueIds, patch);
        const parts = [
          ...(result.queued > 0 ? [t('queue.selection.queued', { count: result.queued })] : []),
          ...(result.skipped > 0 ? [t('queue.selection.skipped', { count: result.skipped })] : []),
        ];
        if (parts.length > 0)
          setMessage({ text: parts.join('. '), severity: result.skipped > 0 ? 'warning' : 'success' });
        return result;
      } catch (error) {
        const failure = { code: 'failed', detail: error instanceof Error ? error.message : String(error) };
        logFailure(failure);
        setMessage({
          text: t('queue.panel.saveFailed', { message: failureSentence(t, failure) }),
          severity: 'error',
        });
        return null;
      }
    },
    [db, t],
  );

  return { applyChange, message, dismissMessage: () => setMessage(null) };
}
