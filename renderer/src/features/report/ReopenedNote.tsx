import { Alert, AlertTitle } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/desk-context';
import { formatMoscowDate, formatMoscowDateTimeNumeric } from '../../components/moscow-date/wall-time';
import type { IssueRecord, ReportRecord } from '../../db/records';

/** What happened to a reopened issue: the answer published, disputed by a resident, the new deadline. */
export function ReopenedNote(props: {
  issue: IssueRecord;
  report: ReportRecord | undefined;
  disputedAt: string | null;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const publishedAt = props.report?.status === 'accepted' ? props.report.decidedAt : null;
  const lines = [
    publishedAt ? t('report.reopened.published', { date: formatMoscowDate(publishedAt, language) }) : null,
    props.disputedAt
      ? t('report.reopened.disputedOn', { date: formatMoscowDateTimeNumeric(props.disputedAt, language) })
      : t('report.reopened.disputed'),
    t('report.reopened.deadline', { date: formatMoscowDate(props.issue.deadlineAt, language) }),
  ].filter((line) => line !== null);
  return (
    <Alert severity="warning" sx={{ mt: 1 }} data-testid="reopened-note">
      <AlertTitle>{t('report.reopened.title')}</AlertTitle>
      {lines.join(' ')}
    </Alert>
  );
}
