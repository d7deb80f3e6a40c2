import { styled } from '@mui/material/styles';
import ScheduleIcon from '@mui/icons-material/Schedule';
import ReportProblemOutlinedIcon from '@mui/icons-material/ReportProblemOutlined';
import { useTranslation } from 'react-i18next';
import type { QueueRow } from '../model/queue-row';
import { shortPersonName } from '../model/lookups';

const Cell = styled('span')(({ theme }) => ({
  display: 'flex',
  alignItems: 'center',
  gap: 4,
  minWidth: 0,
  '& svg': { fontSize: 15, flexShrink: 0 },
  '& [data-icon="pending"]': { color: theme.palette.info.main, display: 'flex' },
  '& [data-icon="refused"]': { color: theme.palette.warning.main, display: 'flex' },
  '& > span:last-of-type': { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  '&[data-none] > span:last-of-type': { color: theme.palette.text.secondary },
  '&[data-change="pending"] > span:last-of-type': { fontStyle: 'italic' },
}));

/** The assignee as the person sees it; a clock while the change is on its way, a warning if the city refused it. */
export function AssigneeCell({ row, name }: { row: QueueRow; name: string | null }) {
  const { t } = useTranslation();
  return (
    <Cell
      data-testid="assignee-cell"
      data-change={row.change ?? undefined}
      data-none={name === null || undefined}
    >
      {row.change === 'pending' && (
        <span
          data-icon="pending"
          data-testid="pending-icon"
          title={t('queue.assignee.pending')}
          role="img"
          aria-label={t('queue.assignee.pending')}
        >
          <ScheduleIcon fontSize="inherit" />
        </span>
      )}
      {row.change === 'refused' && (
        <span
          data-icon="refused"
          data-testid="refused-icon"
          title={t('queue.assignee.refused')}
          role="img"
          aria-label={t('queue.assignee.refused')}
        >
          <ReportProblemOutlinedIcon fontSize="inherit" />
        </span>
      )}
      <span title={name ?? undefined}>
        {name === null ? t('queue.assignee.none') : shortPersonName(name)}
      </span>
    </Cell>
  );
}
