import { Box, Button, LinearProgress, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/desk-context';
import { useWorkspace } from '../../app/session/session-context';
import { useNow } from '../../lib/use-now';
import { AtRiskRowView } from './AtRiskRowView';
import { useAtRisk } from './use-at-risk';

/**
 * «Под угрозой» (`#/at-risk`), reached from the queue's views: open issues likely to miss their
 * deadline, the likeliest first, each with its reasons in words; an issue opens in the queue's panel.
 */
export function AtRiskPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { db } = useWorkspace();
  const navigate = useNavigate();
  const nowMs = useNow();
  const rows = useAtRisk(db, nowMs);
  return (
    <Box sx={{ height: 'calc(100vh - 48px)', display: 'flex', flexDirection: 'column', minWidth: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 2, px: 2, pt: 1.25, pb: 0.5 }}>
        <Button
          size="small"
          startIcon={<ArrowBackIcon />}
          onClick={() => void navigate('/queue')}
          sx={{ textTransform: 'none', alignSelf: 'center' }}
        >
          {t('risk.toQueue')}
        </Button>
        <Typography variant="h6" component="h1" sx={{ fontSize: 18 }}>
          {t('risk.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" data-testid="risk-count">
          {rows === undefined ? '…' : t('risk.count', { count: rows.length })}
        </Typography>
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ px: 2, pb: 1 }}>
        {t('risk.hint')}
      </Typography>
      <Box sx={{ height: 3 }}>{rows === undefined && <LinearProgress sx={{ height: 3 }} />}</Box>
      <Box
        sx={{
          flex: 1,
          minHeight: 0,
          overflow: 'auto',
          borderTop: 1,
          borderColor: 'divider',
          bgcolor: 'background.paper',
        }}
      >
        {rows !== undefined && rows.length === 0 ? (
          <Typography sx={{ p: 3 }} color="text.secondary">
            {t('risk.empty')}
          </Typography>
        ) : (
          <Box component="ul" aria-label={t('risk.listLabel')} sx={{ listStyle: 'none', m: 0, p: 0 }}>
            {(rows ?? []).map((row) => (
              <AtRiskRowView
                key={row.issue.id}
                row={row}
                nowMs={nowMs}
                language={language}
                onOpen={(id) => void navigate(`/queue/${id}`)}
              />
            ))}
          </Box>
        )}
      </Box>
    </Box>
  );
}
