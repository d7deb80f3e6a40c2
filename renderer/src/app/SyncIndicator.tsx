import { useEffect } from 'react';
import { Chip, CircularProgress, Tooltip } from '@mui/material';
import CloudOffIcon from '@mui/icons-material/CloudOff';
import CloudDoneIcon from '@mui/icons-material/CloudDone';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatMoscowDateTime } from '../i18n/format';
import { useSyncStatus, useUnsentCount } from '../db/use-sync-status';
import { useOnline } from '../platform/use-online';
import { useDesk, useLanguage } from './desk-context';
import { useWorkspace } from './session/session-context';

/** The network and the sync at a glance, in the top bar; a click opens the Sync screen. */
export function SyncIndicator() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const desk = useDesk();
  const navigate = useNavigate();
  const { db } = useWorkspace();
  const online = useOnline();
  const status = useSyncStatus(db);
  const unsent = useUnsentCount(db);

  useEffect(() => {
    void desk.tray.setPendingCount(unsent);
  }, [desk, unsent]);

  const failing = online && status.error !== null && status.error.code !== 'offline';
  const label = !online ? t('sync.offline') : status.running ? t('sync.syncing') : t('sync.online');
  const icon = status.running ? (
    <CircularProgress size={14} color="inherit" aria-label={label} />
  ) : !online ? (
    <CloudOffIcon />
  ) : failing ? (
    <ErrorOutlineIcon />
  ) : (
    <CloudDoneIcon />
  );
  const tooltip = status.lastSuccessAt
    ? t('sync.lastSuccess', { when: formatMoscowDateTime(status.lastSuccessAt, language) })
    : t('sync.never');
  return (
    // describeChild: the tooltip describes the chip; its name stays the words it shows (WCAG 2.5.3).
    <Tooltip title={tooltip} describeChild>
      <Chip
        data-testid="sync-indicator"
        size="small"
        icon={icon}
        label={unsent > 0 ? `${label} · ${t('sync.pendingBadge', { count: unsent })}` : label}
        onClick={() => void navigate('/sync')}
        sx={{
          color: 'inherit',
          bgcolor: !online ? 'warning.dark' : failing ? 'error.dark' : 'rgba(255,255,255,0.16)',
          '& .MuiChip-icon': { color: 'inherit' },
        }}
      />
    </Tooltip>
  );
}
