import { useState } from 'react';
import { Box, Button, Tooltip, Typography } from '@mui/material';
import PersonAddAlt1Icon from '@mui/icons-material/PersonAddAlt1';
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import ScheduleIcon from '@mui/icons-material/Schedule';
import { useTranslation } from 'react-i18next';
import type { Priority } from '@shared/domain';
import type { IssueRecord } from '../../../db/records';
import { PriorityLabel } from '../../../components/PriorityLabel';
import { PriorityMenu } from '../actions/PriorityMenu';
import { isAssignable } from '../model/deadline-window';
import { staffName, type QueueLookups } from '../model/lookups';

interface Props {
  issue: IssueRecord;
  lookups: QueueLookups;
  canAssign: boolean;
  onAssign: () => void;
  onPriority: (priority: Priority) => void;
}

/** The assignee and the priority as the person sees them (a pending change shown), with the controls to change them. */
export function IssueControls({ issue, lookups, canAssign, onAssign, onPriority }: Props) {
  const { t } = useTranslation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const pending = issue.pending?.state === 'pending' ? issue.pending : undefined;
  const assigneeId = pending?.assigneeId ?? issue.assigneeId;
  const priority = pending?.priority ?? issue.priority;
  const changeable = canAssign && isAssignable(issue.status);
  const why = !canAssign
    ? t('queue.panel.supervisorHint')
    : !changeable
      ? t('queue.panel.notAssignable')
      : '';
  const pendingMark = (shown: boolean) =>
    shown ? (
      <Tooltip title={t('queue.assignee.pending')}>
        <ScheduleIcon sx={{ fontSize: 16, color: 'info.main' }} aria-label={t('queue.assignee.pending')} />
      </Tooltip>
    ) : null;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '110px 1fr', rowGap: 1, alignItems: 'center' }}>
      <Typography variant="body2" color="text.secondary">
        {t('queue.panel.assignee')}
      </Typography>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0 }}>
        {pendingMark(pending?.assigneeId !== undefined)}
        <Typography
          variant="body2"
          data-testid="panel-assignee"
          sx={{ fontWeight: 500, minWidth: 0, flex: 1 }}
        >
          {staffName(lookups, assigneeId) ?? t('queue.assignee.none')}
        </Typography>
        <Tooltip title={why}>
          <span>
            <Button
              size="small"
              variant={assigneeId === null ? 'contained' : 'outlined'}
              startIcon={<PersonAddAlt1Icon />}
              disabled={!changeable}
              onClick={onAssign}
              data-testid="panel-assign"
              sx={{ textTransform: 'none', whiteSpace: 'nowrap' }}
            >
              {assigneeId === null ? t('queue.panel.assign') : t('queue.panel.reassign')}
            </Button>
          </span>
        </Tooltip>
      </Box>
      <Typography variant="body2" color="text.secondary">
        {t('queue.panel.priority')}
      </Typography>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        {pendingMark(pending?.priority !== undefined)}
        <Tooltip title={why}>
          <span>
            <Button
              size="small"
              color="inherit"
              endIcon={<ArrowDropDownIcon />}
              disabled={!changeable}
              onClick={(event) => setAnchor(event.currentTarget)}
              data-testid="panel-priority"
              sx={{ textTransform: 'none' }}
            >
              <PriorityLabel priority={priority} />
            </Button>
          </span>
        </Tooltip>
      </Box>
      <PriorityMenu anchor={anchor} current={priority} onPick={onPriority} onClose={() => setAnchor(null)} />
    </Box>
  );
}
