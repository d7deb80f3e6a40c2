import SyncIcon from '@mui/icons-material/Sync';
import { Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ScreenPlaceholder } from '../../components/ScreenPlaceholder';

export function SyncPage() {
  const { t } = useTranslation();
  return (
    <ScreenPlaceholder
      icon={SyncIcon}
      title={t('screens.sync.title')}
      description={t('screens.sync.description')}
    >
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {t('screens.notYetConnected')}
      </Typography>
    </ScreenPlaceholder>
  );
}
