import {
  Alert,
  Box,
  Button,
  Chip,
  Collapse,
  LinearProgress,
  List,
  ListItem,
  ListItemText,
  Paper,
  Stack,
  Typography,
} from '@mui/material';
import SyncIcon from '@mui/icons-material/Sync';
import CloudOffIcon from '@mui/icons-material/CloudOff';
import CloudDoneIcon from '@mui/icons-material/CloudDone';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/desk-context';
import { formatMoscowDateTime } from '../../i18n/format';
import { useWorkspace } from '../../app/session/session-context';
import { useOutbox, type OutboxView } from '../../db/use-outbox';
import { useSyncStatus } from '../../db/use-sync-status';
import { useOnline } from '../../platform/use-online';
import { FailureMessage } from '../../components/failure/FailureMessage';

const stateColor = { waiting: 'default', sending: 'info', sent: 'success', refused: 'error' } as const;

function OutboxRow({ view }: { view: OutboxView }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { commands } = useWorkspace();
  const [open, setOpen] = useState(false);
  const { item, issueNumber } = view;
  const progress = item.state === 'sending' ? item.progress : undefined;
  const stateLabel =
    progress && progress.photosTotal > 0 && progress.photosDone < progress.photosTotal
      ? t('sync.states.sendingPhotos', { done: progress.photosDone, total: progress.photosTotal })
      : t(`sync.states.${item.state}`);
  const act = async (action: 'retry' | 'discard') => {
    if (action === 'retry') await commands.retryChange(item.seq);
    else await commands.discardChange(item.seq);
  };
  return (
    <ListItem divider sx={{ display: 'block' }} data-testid="outbox-item">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <ListItemText
          primary={t(`sync.kinds.${item.kind}`, { number: issueNumber })}
          secondary={t('sync.createdAt', { when: formatMoscowDateTime(item.createdAt, language) })}
        />
        <Chip size="small" color={stateColor[item.state]} label={stateLabel} />
        {item.state === 'refused' && (
          <>
            <Button size="small" onClick={() => void act('retry')}>
              {t('sync.retry')}
            </Button>
            <Button size="small" color="inherit" onClick={() => void act('discard')}>
              {t('sync.discard')}
            </Button>
          </>
        )}
        <Button size="small" color="inherit" onClick={() => setOpen(!open)}>
          {t('sync.details')}
        </Button>
      </Stack>
      {progress && progress.bytesTotal > 0 && (
        <LinearProgress
          variant="determinate"
          value={(100 * progress.bytesSent) / progress.bytesTotal}
          sx={{ mt: 1 }}
        />
      )}
      {item.lastError && (
        <FailureMessage
          inline
          testId="outbox-failure"
          severity={item.state === 'refused' ? 'error' : 'info'}
          title={t('sync.lastErrorTitle')}
          failure={{ code: item.lastError.code, detail: item.lastError.message }}
        />
      )}
      <Collapse in={open}>
        <Typography variant="body2" color="text.secondary" component="div" sx={{ mt: 1 }}>
          {t('sync.attempts', { count: item.attempts })} · {t('sync.key')}: <code>{item.idempotencyKey}</code>
        </Typography>
      </Collapse>
    </ListItem>
  );
}

export function SyncPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { db, commands } = useWorkspace();
  const online = useOnline();
  const status = useSyncStatus(db);
  const outbox = useOutbox(db);

  return (
    <Box sx={{ p: 3, maxWidth: 960 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t('screens.sync.title')}
      </Typography>
      <Paper variant="outlined" sx={{ p: 3, mb: 2 }}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          {online ? <CloudDoneIcon color="success" /> : <CloudOffIcon color="warning" />}
          <Box sx={{ flexGrow: 1 }}>
            <Typography variant="subtitle1" data-testid="sync-online">
              {online ? t('sync.online') : t('sync.offline')}
              {status.running ? ` · ${t('sync.syncing')}` : ''}
            </Typography>
            <Typography variant="body2" color="text.secondary" data-testid="sync-last-success">
              {status.lastSuccessAt
                ? t('sync.lastSuccess', { when: formatMoscowDateTime(status.lastSuccessAt, language) })
                : t('sync.never')}
            </Typography>
          </Box>
          <Button
            variant="contained"
            startIcon={<SyncIcon />}
            disabled={status.running}
            onClick={() => void commands.syncNow()}
          >
            {t('sync.syncNow')}
          </Button>
        </Stack>
        {status.running && <LinearProgress sx={{ mt: 2 }} />}
        {!online && (
          <Alert severity="warning" sx={{ mt: 2 }}>
            {t('sync.offlineNote')}
          </Alert>
        )}
        {online && status.error && status.error.code !== 'offline' && (
          <FailureMessage
            testId="sync-failure"
            title={t('sync.failedTitle')}
            failure={{ code: status.error.code, detail: status.error.message }}
            footer={
              status.nextAttemptAt !== null &&
              t('sync.nextAttempt', { when: formatMoscowDateTime(new Date(status.nextAttemptAt), language) })
            }
          />
        )}
      </Paper>

      <Typography variant="h6" component="h2" gutterBottom>
        {t('sync.pendingTitle')}
      </Typography>
      <Paper variant="outlined" sx={{ mb: 2 }}>
        {outbox && outbox.active.length > 0 ? (
          <List disablePadding>
            {outbox.active.map((view) => (
              <OutboxRow key={view.item.seq} view={view} />
            ))}
          </List>
        ) : (
          <Typography sx={{ p: 2 }} color="text.secondary">
            {t('sync.pendingEmpty')}
          </Typography>
        )}
      </Paper>
      {outbox && outbox.sent.length > 0 && (
        <>
          <Typography variant="h6" component="h2" gutterBottom>
            {t('sync.historyTitle')}
          </Typography>
          <Paper variant="outlined">
            <List disablePadding>
              {outbox.sent.map((view) => (
                <OutboxRow key={view.item.seq} view={view} />
              ))}
            </List>
          </Paper>
        </>
      )}
    </Box>
  );
}
