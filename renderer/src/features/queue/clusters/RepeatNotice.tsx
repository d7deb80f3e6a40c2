import { Box, Link, Typography } from '@mui/material';
import ReplayIcon from '@mui/icons-material/Replay';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { RepeatOf } from '@shared/clusters';
import type { Language } from '@shared/ipc';
import type { DeskDb } from '../../../db/database';
import { formatMoscowDateTime } from '../../../i18n/format';

interface Props {
  db: DeskDb;
  repeat: RepeatOf;
  language: Language;
  onOpenIssue: (id: string) => void;
}

/** The earlier issue's number and the answer the city accepted for it (the newest accepted report). */
function useEarlierAnswer(db: DeskDb, issueId: string) {
  return useLiveQuery(async () => {
    const [issue, reports] = await Promise.all([
      db.issues.get(issueId),
      db.reports.where('issueId').equals(issueId).toArray(),
    ]);
    const accepted = reports
      .filter((report) => report.status === 'accepted')
      .sort((a, b) => (b.decidedAt ?? '').localeCompare(a.decidedAt ?? ''))[0];
    return { number: issue?.number ?? null, answer: accepted?.text ?? null };
  }, [db, issueId]);
}

/** «Повторная жалоба»: the issue repeats one resolved here in the 30 days before; a link to it and its answer. */
export function RepeatNotice({ db, repeat, language, onOpenIssue }: Props) {
  const { t } = useTranslation();
  const earlier = useEarlierAnswer(db, repeat.issueId);
  const number = earlier?.number ?? repeat.issueId;
  return (
    <Box
      data-testid="repeat-notice"
      sx={{ p: 1.25, borderRadius: 1, bgcolor: '#fff6e8', border: 1, borderColor: '#f3c98b' }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, color: '#8a4b00' }}>
        <ReplayIcon fontSize="small" />
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {t('common.repeat.mark')}
        </Typography>
      </Box>
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        {t('clusters.repeat.earlier', { when: formatMoscowDateTime(repeat.resolvedAt, language) })}{' '}
        <Link
          component="button"
          type="button"
          variant="body2"
          data-testid="repeat-earlier-link"
          onClick={() => onOpenIssue(repeat.issueId)}
          aria-label={t('clusters.repeat.open', { number })}
        >
          {number}
        </Link>
      </Typography>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.75 }}>
        {t('clusters.repeat.answer')}
      </Typography>
      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }} data-testid="repeat-earlier-answer">
        {earlier === undefined ? '…' : (earlier.answer ?? t('clusters.repeat.noAnswer'))}
      </Typography>
    </Box>
  );
}
