import { Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Category } from '@shared/domain';
import { categoryName } from '@shared/i18n';
import type { IssueRecord } from '../../../db/records';
import { PhotoThumb } from '../../../components/photo/PhotoThumb';

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
        <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
          {issue.residentPhotos.map((photo) => (
            <PhotoThumb
              key={photo.sha256}
              {...photo}
              origin="resident"
              size={96}
              alt={t('report.editor.residentPhotos')}
            />
          ))}
        </Stack>
      )}
    </Paper>
  );
}
