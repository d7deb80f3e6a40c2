import { Alert, Snackbar } from '@mui/material';
import { useBackgroundQuery } from '../db/use-background-query';
import { useTranslation } from 'react-i18next';
import { useSession, useWorkspace, type SyncNotice } from './session/session-context';
import { failureSentence, logFailure } from '../i18n/failure';

function useNoticeText(notice: SyncNotice | undefined): string {
  const { t } = useTranslation();
  const { db } = useWorkspace();
  const assigneeId = notice?.kind === 'assignment_conflict' ? notice.current.assigneeId : null;
  const assignee = useBackgroundQuery(
    async () => (assigneeId ? db.staff.get(assigneeId) : undefined),
    [db, assigneeId],
  );
  if (!notice) return '';
  const refusalOf = (refused: { code: string; message: string }) => {
    const failure = { code: refused.code, detail: refused.message };
    logFailure(failure);
    return failureSentence(t, failure);
  };
  switch (notice.kind) {
    case 'assignment_conflict':
      return t('notices.assignmentConflict', {
        number: notice.issueNumber,
        assignee: assignee?.name ?? (assigneeId ? assigneeId : t('notices.nobody')),
      });
    case 'report_refused':
      return t('notices.reportRefused', { number: notice.issueNumber, message: refusalOf(notice) });
    case 'change_refused':
      return t('notices.changeRefused', { message: refusalOf(notice) });
  }
}

/** What the sync engine says as it happens (a refused change, someone else's assignment), one at a time. */
export function Notices() {
  const { notices, dismissNotice } = useSession();
  const first = notices[0];
  const text = useNoticeText(first?.notice);
  if (!first) return null;
  return (
    <Snackbar
      open
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      onClose={(_e, reason) => reason !== 'clickaway' && dismissNotice(first.id)}
    >
      <Alert
        severity="warning"
        variant="filled"
        onClose={() => dismissNotice(first.id)}
        data-testid="sync-notice"
      >
        {text}
      </Alert>
    </Snackbar>
  );
}
