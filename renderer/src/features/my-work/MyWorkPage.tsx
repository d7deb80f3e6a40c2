import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import { Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ScreenPlaceholder } from '../../components/ScreenPlaceholder';

export function MyWorkPage() {
  const { t } = useTranslation();
  return (
    <ScreenPlaceholder
      icon={AssignmentIndIcon}
      title={t('screens.myWork.title')}
      description={t('screens.myWork.description')}
    >
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {t('screens.notYetConnected')}
      </Typography>
    </ScreenPlaceholder>
  );
}
