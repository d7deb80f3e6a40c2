import { failureSentence } from '../../../i18n/failure';
import { Alert, AlertTitle, Button, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { IssueRecord } from '../../../db/records';
import { useWorkspace } from '../../../app/session/session-context';
import { staffName, type QueueLookups } from '../model/lookups';

/**
 * A local change the city has not taken yet. While it waits, a quiet note; when the city
 * refused it (someone else changed the issue first: 412), who the assignee is now, what
 * the person asked for, and the choice to send it again over the current state or drop it.
 */
export function PendingChangeNotice({ issue, lookups }: { issue: IssueRecord; lookups: QueueLookups }) {
  const { t } = useTranslation();
  const { commands } = useWorkspace();
  const pending = issue.pending;
  if (!pending) return null;
  if (pending.state === 'pending')
    return (
      <Alert severity="info" variant="outlined" data-testid="pending-change" sx={{ py: 0 }}>
        {t('queue.pending.waiting')}
      </Alert>
    );
  const asked = [
    ...(pending.assigneeId !== undefined
      ? [t('queue.pending.assigneeTo', { name: staffName(lookups, pending.assigneeId) ?? '' })]
      : []),
    ...(pending.priority !== undefined
      ? [t('queue.pending.priorityTo', { priority: t(`common.priority.${pending.priority}`) })]
      : []),
  ].join(', ');
  const act = async (action: 'retry' | 'discard') => {
    if (action === 'retry') await commands.retryChange(pending.outboxSeq);
    else await commands.discardChange(pending.outboxSeq);
  };
  return (
    <Alert
      severity="warning"
      data-testid="refused-change"
      action={
        <Stack direction="row" spacing={1}>
          <Button
            color="inherit"
            size="small"
            variant="outlined"
            onClick={() => void act('retry')}
            sx={{ textTransform: 'none' }}
          >
            {t('queue.pending.retry')}
          </Button>
          <Button
            color="inherit"
            size="small"
            onClick={() => void act('discard')}
            sx={{ textTransform: 'none' }}
          >
            {t('queue.pending.discard')}
          </Button>
        </Stack>
      }
    >
      <AlertTitle sx={{ fontSize: 13.5 }}>{t('queue.pending.refusedTitle')}</AlertTitle>
      {t('queue.pending.changedBy', {
        name: staffName(lookups, issue.assigneeId) ?? t('queue.assignee.none'),
      })}{' '}
      {t('queue.pending.yourChange', { change: asked })}
      {pending.error ? ` ${failureSentence(t, { code: pending.error })}` : ''}
    </Alert>
  );
}
