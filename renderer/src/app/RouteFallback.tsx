import { Box, LinearProgress, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** Shown while a screen's code loads (the first time it is opened). */
export function RouteFallback() {
  const { t } = useTranslation();
  return (
    <Box sx={{ p: 2.5 }} aria-busy data-testid="screen-loading">
      <LinearProgress aria-label={t('app.loadingScreen')} sx={{ mb: 1.5 }} />
      <Typography variant="body2" color="text.secondary">
        {t('app.loadingScreen')}
      </Typography>
    </Box>
  );
}
