import { Alert } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ReportRecord } from '../../../db/records';

/** What the person should know about this report before editing it. */
export function ReportNotices({ report, editable }: { report: ReportRecord; editable: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {report.basedOn && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('report.editor.basedOn')}
        </Alert>
      )}
      {report.refusal && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {report.refusal.message}
        </Alert>
      )}
      {!editable && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('report.editor.notEditable')}
        </Alert>
      )}
    </>
  );
}
