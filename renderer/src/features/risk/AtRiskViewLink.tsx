import { localeOf } from '@shared/i18n';
import { Box, Button, Tooltip } from '@mui/material';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/desk-context';
import { useWorkspace } from '../../app/session/session-context';
import { useNow } from '../../lib/use-now';
import { useAtRisk } from './use-at-risk';

/** «Под угрозой» with its count beside the queue's views: opens the risk screen. */
export function AtRiskViewLink() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { db } = useWorkspace();
  const navigate = useNavigate();
  const rows = useAtRisk(db, useNow());
  const count = rows?.length;
  return (
    <Tooltip title={t('risk.viewLink')} describeChild>
      <Button
        size="small"
        color={count ? 'warning' : 'inherit'}
        startIcon={<WarningAmberIcon sx={{ fontSize: 16 }} />}
        onClick={() => void navigate('/at-risk')}
        data-testid="view-at-risk"
        sx={{ textTransform: 'none', fontSize: 13, whiteSpace: 'nowrap', flexShrink: 0 }}
      >
        {t('risk.title')}
        <Box
          component="span"
          data-testid="view-count-at-risk"
          sx={{
            ml: 0.75,
            fontSize: 12,
            fontWeight: 600,
            px: 0.75,
            borderRadius: 8,
            bgcolor: count ? '#fff1dc' : '#f0f2f4',
          }}
        >
          {count === undefined ? '…' : new Intl.NumberFormat(localeOf[language]).format(count)}
        </Box>
      </Button>
    </Tooltip>
  );
}
