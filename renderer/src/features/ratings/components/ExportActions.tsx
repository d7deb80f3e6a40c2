import { failureSentence } from '../../../i18n/failure';
import PictureAsPdfOutlinedIcon from '@mui/icons-material/PictureAsPdfOutlined';
import TableViewOutlinedIcon from '@mui/icons-material/TableViewOutlined';
import { Alert, Button, Snackbar, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { RatingsExport } from '../hooks/use-ratings-export';

export function ExportActions({ exporter, disabled }: { exporter: RatingsExport; disabled: boolean }) {
  const { t } = useTranslation();
  const { notice } = exporter;
  return (
    <Stack direction="row" spacing={1} data-print="hide">
      <Button
        size="small"
        variant="outlined"
        startIcon={<TableViewOutlinedIcon />}
        disabled={disabled || exporter.busy}
        onClick={() => void exporter.saveCsv()}
        title={t('ratings.export.csvTitle')}
        data-testid="export-csv"
      >
        {exporter.busy ? t('ratings.export.preparing') : t('ratings.export.csv')}
      </Button>
      <Button
        size="small"
        variant="outlined"
        startIcon={<PictureAsPdfOutlinedIcon />}
        disabled={disabled}
        onClick={() => void exporter.printPdf()}
        title={t('ratings.export.pdfTitle')}
        data-testid="export-pdf"
      >
        {t('ratings.export.pdf')}
      </Button>
      <Snackbar open={notice !== null} autoHideDuration={8000} onClose={exporter.dismiss}>
        <Alert
          severity={notice?.kind === 'failed' ? 'error' : 'success'}
          onClose={exporter.dismiss}
          variant="filled"
        >
          {notice?.kind === 'failed'
            ? t('ratings.export.failed', {
                message: failureSentence(t, { code: notice.code, detail: notice.message }),
              })
            : t('ratings.export.saved', { path: notice?.path ?? '' })}
        </Alert>
      </Snackbar>
    </Stack>
  );
}
