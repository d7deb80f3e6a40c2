import { Box, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Category } from '@shared/domain';
import { categoryName } from '@shared/i18n';
import type { IssueRecord } from '../../../db/records';
import { ResidentPhotos } from '../../../components/photo/ResidentPhotos';

/** What the resident wrote and photographed, for the person answering it. */
export function ComplaintSummary({ issue, topic }: { issue: IssueRecord; topic: Category | undefined }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
      <Typography variant="subtitle2" color="text.secondary">
        {t('report.editor.resident')} · {categoryName(topic, i18n.language === 'en' ? 'en' : 'ru')} ·{' '}
        {issue.address}
      </Typography>
      <Typography variant="body2" sx={{ mt: 0.5, whiteSpace: 'pre-wrap' }}>
        {issue.description}
      </Typography>
      {issue.residentPhotos.length > 0 && (
        <Box sx={{ mt: 1 }}>
          <ResidentPhotos
            photos={issue.residentPhotos}
            size={96}
            altOf={() => t('report.editor.residentPhotos')}
          />
        </Box>
      )}
    </Paper>
  );
}
