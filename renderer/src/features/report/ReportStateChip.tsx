import { Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { OutboxRecord, ReportRecord } from '../../db/records';

type Tone = 'default' | 'info' | 'success' | 'warning' | 'error';

/** Where a report stands: a draft here, on its way (with photo progress), with the moderator, decided. */
export function ReportStateChip({
  report,
  sending,
  disputed = false,
}: {
  report: ReportRecord;
  sending?: OutboxRecord | undefined;
  /** The issue was reopened: the accepted answer is no longer the last word. */
  disputed?: boolean;
}) {
  const { t } = useTranslation();
  let label: string;
  let tone: Tone;
  if (report.localState === 'draft') [label, tone] = [t('report.states.draft'), 'default'];
  else if (report.localState === 'refused') [label, tone] = [t('report.states.refused'), 'error'];
  else if (report.localState === 'queued') {
    const progress = sending?.progress;
    tone = 'info';
    label =
      sending?.state === 'sending' &&
      progress &&
      progress.photosTotal > 0 &&
      progress.photosDone < progress.photosTotal
        ? t('report.states.sendingPhotos', { done: progress.photosDone, total: progress.photosTotal })
        : sending?.state === 'sending'
          ? t('report.states.sending')
          : t('report.states.queued');
  } else if (report.status === 'accepted' && disputed)
    [label, tone] = [t('report.states.disputed'), 'warning'];
  else if (report.status === 'accepted') [label, tone] = [t('report.states.accepted'), 'success'];
  else if (report.status === 'rejected') [label, tone] = [t('report.states.rejected'), 'warning'];
  else [label, tone] = [t('report.states.on_moderation'), 'info'];
  return <Chip size="small" color={tone} label={label} data-testid="report-state" />;
}
