import { Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/ipc';
import { epochMsOf } from '@shared/calendar/instant';
import { DeadlineChip } from '../../components/deadline/DeadlineChip';
import { StatusChip } from '../../components/StatusChip';
import { reasonsLine } from './reason-words';
import type { AtRiskRow } from './use-at-risk';

interface Props {
  row: AtRiskRow;
  nowMs: number;
  language: Language;
  onOpen: (issueId: string) => void;
}

const ellipsis = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

/** One issue at risk: what it is, where, its deadline and assignee, and why it is flagged, in words. */
export function AtRiskRowView({ row, nowMs, language, onOpen }: Props) {
  const { t } = useTranslation();
  const { issue, flag, category, assignee } = row;
  const topic = category ? (language === 'ru' ? category.nameRu : category.nameEn) : issue.categoryId;
  return (
    <Box
      component="li"
      data-testid="risk-row"
      data-issue-id={issue.id}
      onClick={() => onOpen(issue.id)}
      sx={{
        px: 2,
        py: 1,
        borderBottom: 1,
        borderColor: 'divider',
        cursor: 'pointer',
        '&:hover': { bgcolor: '#f5f8fb' },
      }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, minWidth: 0, fontSize: 13 }}>
        <Box component="span" sx={{ width: 130, fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
          {issue.number}
        </Box>
        <Box component="span" sx={{ flex: '1 1 0', minWidth: 0, ...ellipsis }} title={topic}>
          {topic}
        </Box>
        <Box component="span" sx={{ flex: '1.3 1 0', minWidth: 0, ...ellipsis }} title={issue.address}>
          {issue.address}
        </Box>
        <StatusChip status={issue.status} />
        <Box component="span" sx={{ width: 150, ...ellipsis, color: 'text.secondary' }}>
          {assignee?.name ?? t('risk.nobody')}
        </Box>
        <DeadlineChip
          deadlineMs={epochMsOf(issue.deadlineAt)}
          nowMs={nowMs}
          resolved={false}
          language={language}
        />
      </Box>
      <Typography
        variant="body2"
        color="warning.dark"
        sx={{ mt: 0.5, pl: '142px' }}
        data-testid="risk-reasons"
      >
        {reasonsLine(flag.reasons, t)}
      </Typography>
    </Box>
  );
}
