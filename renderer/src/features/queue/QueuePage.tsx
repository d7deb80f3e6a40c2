import InboxIcon from '@mui/icons-material/Inbox';
import { Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ScreenPlaceholder } from '../../components/ScreenPlaceholder';

export function QueuePage() {
  const { t } = useTranslation();
  return (
    <ScreenPlaceholder
      icon={InboxIcon}
      title={t('screens.queue.title')}
      description={t('screens.queue.description')}
    >
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {t('screens.notYetConnected')}
      </Typography>
    </ScreenPlaceholder>
  );
}
