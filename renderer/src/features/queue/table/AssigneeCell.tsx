import ScheduleIcon from '@mui/icons-material/Schedule';
import ReportProblemOutlinedIcon from '@mui/icons-material/ReportProblemOutlined';
import type { TFunction } from 'i18next';
import type { QueueRow } from '../model/queue-row';
import { shortPersonName } from '../model/lookups';

/**
 * The assignee as the person sees it; a clock while the change is on its way, a warning if the
 * city refused it. Plain elements, styled by the row group (`[data-assignee]` in row-styles.ts).
 */
export function AssigneeCell({ row, name, t }: { row: QueueRow; name: string | null; t: TFunction }) {
  return (
    <span
      data-assignee=""
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
    </span>
  );
}
