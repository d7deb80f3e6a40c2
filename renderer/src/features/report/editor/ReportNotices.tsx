import { Alert } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ReportRecord } from '../../../db/records';
import { FailureMessage } from '../../../components/failure/FailureMessage';

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
        <FailureMessage
          testId="report-refusal"
          title={t('report.editor.refusedTitle')}
          failure={{ code: report.refusal.code, detail: report.refusal.message }}
        />
      )}
      {!editable && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('report.editor.notEditable')}
        </Alert>
      )}
    </>
  );
}
