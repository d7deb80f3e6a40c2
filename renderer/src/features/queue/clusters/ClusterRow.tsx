import { useState } from 'react';
import { Box, Button, IconButton, Typography } from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import PersonAddAlt1Icon from '@mui/icons-material/PersonAddAlt1';
import FlagIcon from '@mui/icons-material/Flag';
import { useTranslation } from 'react-i18next';
import type { ClusterRecord } from '@shared/clusters';
import type { Priority } from '@shared/domain';
import type { Language } from '@shared/ipc';
import { epochMsOf } from '@shared/calendar/instant';
import { DeadlineChip } from '../../../components/deadline/DeadlineChip';
import { formatCompactDateTime } from '../../../components/deadline/compact-dates';
import { StatusChip } from '../../../components/StatusChip';
import type { QueueRow } from '../model/queue-row';
import { staffName, topicName, type QueueLookups } from '../model/lookups';
import { PriorityMenu } from '../actions/PriorityMenu';

/** What every cluster row of the list is given alike. */
export interface ClusterRowContext {
  lookups: QueueLookups;
  nowMs: number;
  language: Language;
  openId: string | null;
  canAssign: boolean;
  onOpen: (id: string) => void;
  onAssignAll: (issueIds: readonly string[]) => void;
  onPriorityAll: (issueIds: readonly string[], priority: Priority) => void;
}

interface Props extends ClusterRowContext {
  cluster: ClusterRecord;
  /** The cluster's issues as the queue has them, earliest receipt first. */
  rows: readonly QueueRow[];
}

const line = { display: 'flex', alignItems: 'center', gap: 1.5, minWidth: 0 } as const;
const ellipsis = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

/** One cluster in the «Похожие» list: its count, place, earliest deadline and newest arrival; expands to its issues. */
export function ClusterRow(props: Props) {
  const { cluster, rows, lookups, nowMs, language, canAssign } = props;
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const first = rows[0];
  const topics = [...new Set(rows.map((row) => topicName(lookups, row.categoryId)))].join(', ');
  return (
    <Box
      role="listitem"
      data-testid="cluster-row"
      data-cluster-id={cluster.id}
      data-count={cluster.count}
      sx={{ borderBottom: 1, borderColor: 'divider', bgcolor: expanded ? '#f7f9fc' : 'background.paper' }}
    >
      <Box sx={{ ...line, px: 1, py: 0.75, fontSize: 13 }}>
        <IconButton
          size="small"
          aria-expanded={expanded}
          aria-label={t(expanded ? 'clusters.collapse' : 'clusters.expand')}
          onClick={() => setExpanded(!expanded)}
          data-testid="cluster-expand"
        >
          {expanded ? <ExpandMoreIcon fontSize="small" /> : <ChevronRightIcon fontSize="small" />}
        </IconButton>
        <Box
          component="span"
          data-testid="cluster-count"
          sx={{ px: 1, borderRadius: 8, bgcolor: '#e8eef6', fontWeight: 600, whiteSpace: 'nowrap' }}
        >
          {t('clusters.issues', { count: cluster.count })}
        </Box>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="body2" sx={{ ...ellipsis, fontWeight: 500 }} title={topics}>
            {topics}
          </Typography>
          <Typography variant="caption" color="text.secondary" component="p" sx={ellipsis}>
            {first?.address}
          </Typography>
        </Box>
        <Box sx={{ textAlign: 'right' }}>
          <Typography variant="caption" color="text.secondary" component="p">
            {t('clusters.earliestDeadline')}
          </Typography>
          <DeadlineChip
            deadlineMs={epochMsOf(cluster.earliestDeadlineAt)}
            nowMs={nowMs}
            resolved={false}
            language={language}
          />
        </Box>
        <Box sx={{ width: 110, textAlign: 'right' }}>
          <Typography variant="caption" color="text.secondary" component="p">
            {t('clusters.newest')}
          </Typography>
          <Typography variant="body2" data-testid="cluster-newest">
            {formatCompactDateTime(epochMsOf(cluster.newestReceivedAt), language, nowMs)}
          </Typography>
        </Box>
        {canAssign && (
          <Box sx={{ display: 'flex', gap: 0.5 }}>
            <Button
              size="small"
              variant="outlined"
              startIcon={<PersonAddAlt1Icon />}
              onClick={() => props.onAssignAll(cluster.issueIds)}
              sx={{ textTransform: 'none', whiteSpace: 'nowrap' }}
              data-testid="cluster-row-assign"
            >
              {t('clusters.assignAll')}
            </Button>
            <IconButton
              size="small"
              aria-label={t('clusters.priorityAll')}
              title={t('clusters.priorityAll')}
              onClick={(event) => setAnchor(event.currentTarget)}
            >
              <FlagIcon fontSize="small" />
            </IconButton>
            <PriorityMenu
              anchor={anchor}
              current={null}
              onPick={(priority) => {
                setAnchor(null);
                props.onPriorityAll(cluster.issueIds, priority);
              }}
              onClose={() => setAnchor(null)}
            />
          </Box>
        )}
      </Box>
      {expanded && (
        <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, pb: 0.5 }} data-testid="cluster-issues">
          {rows.map((row) => (
            <Box
              component="li"
              key={row.id}
              data-testid="cluster-issue"
              data-issue-id={row.id}
              onClick={() => props.onOpen(row.id)}
              sx={{
                ...line,
                pl: 7,
                pr: 1.5,
                py: 0.5,
                fontSize: 13,
                cursor: 'pointer',
                bgcolor: row.id === props.openId ? '#e6eef8' : undefined,
                '&:hover': { bgcolor: '#eef3f9' },
              }}
            >
              <Box component="span" sx={{ width: 130, fontWeight: 500, fontVariantNumeric: 'tabular-nums' }}>
                {row.number}
              </Box>
              <Box component="span" sx={{ flex: 1, minWidth: 0, ...ellipsis }}>
                {topicName(lookups, row.categoryId)}
              </Box>
              <StatusChip status={row.status} />
              <Box component="span" sx={{ width: 150, ...ellipsis, color: 'text.secondary' }}>
                {staffName(lookups, row.assigneeId) ?? t('queue.assignee.none')}
              </Box>
              <DeadlineChip deadlineMs={row.deadlineMs} nowMs={nowMs} resolved={false} language={language} />
            </Box>
          ))}
        </Box>
      )}
    </Box>
  );
}
