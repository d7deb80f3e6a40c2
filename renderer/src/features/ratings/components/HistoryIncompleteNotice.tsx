import { Alert } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/desk-context';
import { useWorkspace } from '../../../app/session/session-context';
import { useFirstPull } from '../../../db/use-first-pull';
import { formatMoscowDate } from '../../../i18n/format';

/**
 * While a new workstation's first pull brings the company's history, the figures are counted
 * over part of it: say so, and how far the history reaches so far. Gone once it is all here.
 */
export function HistoryIncompleteNotice() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const view = useFirstPull(useWorkspace().db);
  if (view === null) return null;
  const { historyFrom, historyThrough } = view.progress;
  const text =
    historyFrom === null
      ? t('ratings.historyNotice.notYet')
      : historyThrough === null
        ? t('ratings.historyNotice.since', { from: formatMoscowDate(historyFrom, language) })
        : t('ratings.historyNotice.range', {
            from: formatMoscowDate(historyFrom, language),
            through: formatMoscowDate(historyThrough, language),
          });
  return (
    <Alert severity="info" data-testid="ratings-history-incomplete" sx={{ mb: 1.5 }}>
      {text}
    </Alert>
  );
}
