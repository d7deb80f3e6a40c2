import { useState } from 'react';
import { Box, Button, Typography } from '@mui/material';
import PersonAddAlt1Icon from '@mui/icons-material/PersonAddAlt1';
import FlagIcon from '@mui/icons-material/Flag';
import CloseIcon from '@mui/icons-material/Close';
import WorkspacesIcon from '@mui/icons-material/Workspaces';
import { useTranslation } from 'react-i18next';
import type { Priority } from '@shared/domain';
import { PriorityMenu } from './PriorityMenu';

interface Props {
  count: number;
  onAssign: () => void;
  onPriority: (priority: Priority) => void;
  onClear: () => void;
  /** Makes the marked issues one cluster (a dispatcher's join, kept on this workstation). */
  onJoin?: () => void;
}

/** What can be done to every marked issue at once. */
export function BulkActionBar({ count, onAssign, onPriority, onClear, onJoin }: Props) {
  const { t } = useTranslation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <Box
      role="toolbar"
      aria-label={t('queue.selection.count', { count })}
      data-testid="bulk-bar"
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 1,
        px: 2,
        py: 0.5,
        bgcolor: '#e8f0fa',
        borderTop: 1,
        borderBottom: 1,
        borderColor: '#c4d7ee',
      }}
    >
      <Typography variant="body2" sx={{ fontWeight: 600, mr: 1 }} data-testid="bulk-count">
        {t('queue.selection.count', { count })}
      </Typography>
      <Button
        size="small"
        variant="contained"
        startIcon={<PersonAddAlt1Icon />}
        onClick={onAssign}
        sx={{ textTransform: 'none' }}
      >
        {t('queue.selection.assign')}
      </Button>
      <Button
        size="small"
        variant="outlined"
        startIcon={<FlagIcon />}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{ textTransform: 'none' }}
      >
        {t('queue.selection.priority')}
      </Button>
      {onJoin && count > 1 && (
        <Button
          size="small"
          variant="outlined"
          startIcon={<WorkspacesIcon />}
          onClick={onJoin}
          sx={{ textTransform: 'none' }}
          data-testid="bulk-join"
        >
          {t('clusters.join.action')}
        </Button>
      )}
      <Box sx={{ flexGrow: 1 }} />
      <Button
        size="small"
        color="inherit"
        startIcon={<CloseIcon />}
        onClick={onClear}
        sx={{ textTransform: 'none' }}
      >
        {t('queue.selection.clear')}
      </Button>
      <PriorityMenu anchor={anchor} current={null} onPick={onPriority} onClose={() => setAnchor(null)} />
    </Box>
  );
}
