import InsightsIcon from '@mui/icons-material/Insights';
import { Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ScreenPlaceholder } from '../../components/ScreenPlaceholder';

export function RatingsPage() {
  const { t } = useTranslation();
  return (
    <ScreenPlaceholder
      icon={InsightsIcon}
      title={t('screens.ratings.title')}
      description={t('screens.ratings.description')}
    >
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {t('screens.notYetConnected')}
      </Typography>
    </ScreenPlaceholder>
  );
}
