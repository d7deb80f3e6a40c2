import { Box, Button, Checkbox, Chip, Paper, TextField, Typography } from '@mui/material';
import EditNoteIcon from '@mui/icons-material/EditNote';
import { useTranslation } from 'react-i18next';
import { REPORT_TEXT_MIN, codePointLength } from '@shared/domain';
import type { IssueRecord } from '../../../db/records';
import { FailureMessage } from '../../../components/failure/FailureMessage';
import { ReportStateChip } from '../ReportStateChip';
import type { ClusterPlan, PlanRow } from './use-cluster-plan';

interface Props {
  issue: IssueRecord;
  plan: ClusterPlan;
  editable: boolean;
  showProblems: boolean;
}

function IssueLine({ issue, fallback }: { issue: IssueRecord | undefined; fallback: string }) {
  return (
    <Box sx={{ minWidth: 0, flexGrow: 1 }}>
      <Typography variant="body2" component="span" sx={{ fontWeight: 600 }}>
        {issue?.number ?? fallback}
      </Typography>
      <Typography variant="body2" component="span" color="text.secondary">
        {' · '}
        {issue?.address}
      </Typography>
      <Typography
        variant="body2"
        sx={{
          mt: 0.25,
          display: '-webkit-box',
          WebkitLineClamp: 3,
          WebkitBoxOrient: 'vertical',
          overflow: 'hidden',
        }}
      >
        {issue?.description}
      </Typography>
    </Box>
  );
}

function MemberRow({ row, plan, editable, showProblems }: { row: PlanRow } & Omit<Props, 'issue'>) {
  const { t } = useTranslation();
  const { member, issue, report } = row;
  const number = issue?.number ?? member.issueId;
  const own = member.ownText;
  const ownLength = own === null ? 0 : codePointLength(own);
  return (
    <Box
      component="li"
      data-testid="cluster-member"
      data-issue-id={member.issueId}
      sx={{ py: 1, borderTop: 1, borderColor: 'divider', opacity: member.included ? 1 : 0.7 }}
    >
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
        <Checkbox
          checked={member.included}
          disabled={!editable}
          onChange={(event) => plan.change(member.issueId, { included: event.target.checked })}
          slotProps={{ input: { 'aria-label': t('clusterReport.include', { number }) } }}
          sx={{ p: 0.5 }}
        />
        <IssueLine issue={issue} fallback={member.issueId} />
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexShrink: 0 }}>
          {!member.included && <Chip size="small" label={t('clusterReport.leftOut')} />}
          {report && report.clusterOf !== undefined && <ReportStateChip report={report} />}
          {editable && member.included && (
            <Button
              size="small"
              startIcon={<EditNoteIcon />}
              onClick={() => plan.change(member.issueId, { ownText: own === null ? '' : null })}
              sx={{ textTransform: 'none', whiteSpace: 'nowrap' }}
            >
              {own === null ? t('clusterReport.ownWords') : t('clusterReport.sharedWords')}
            </Button>
          )}
        </Box>
      </Box>
      {member.included && own !== null && (
        <TextField
          label={t('clusterReport.ownText', { number })}
          multiline
          minRows={2}
          fullWidth
          size="small"
          value={own}
          disabled={!editable}
          onChange={(event) => plan.change(member.issueId, { ownText: event.target.value })}
          error={showProblems && ownLength < REPORT_TEXT_MIN}
          helperText={t('clusterReport.ownTextHelp', { count: ownLength, min: REPORT_TEXT_MIN })}
          sx={{ mt: 1, ml: 4.5, width: 'calc(100% - 36px)' }}
        />
      )}
      {report?.clusterOf !== undefined && report.refusal && (
        <Box sx={{ mt: 1, ml: 4.5 }}>
          <FailureMessage
            testId="cluster-member-refusal"
            title={t('clusterReport.refused', { number })}
            failure={{ code: report.refusal.code, detail: report.refusal.message }}
          />
        </Box>
      )}
    </Box>
  );
}

/** Which issues the report answers, each left out or given its own words here. */
export function ClusterMembers({ issue, plan, editable, showProblems }: Props) {
  const { t } = useTranslation();
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }} data-testid="cluster-members">
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
        {t('clusterReport.title', { count: plan.answered })}
      </Typography>
      {editable && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('clusterReport.hint')}
        </Typography>
      )}
      <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        <Box
          component="li"
          data-testid="cluster-member"
          data-issue-id={issue.id}
          sx={{ py: 1, borderTop: 1, borderColor: 'divider' }}
        >
          <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
            <Checkbox
              checked
              disabled
              slotProps={{ input: { 'aria-label': t('clusterReport.include', { number: issue.number }) } }}
              sx={{ p: 0.5 }}
            />
            <IssueLine issue={issue} fallback={issue.id} />
            <Chip size="small" variant="outlined" label={t('clusterReport.thisIssue')} />
          </Box>
        </Box>
        {plan.rows.map((row) => (
          <MemberRow
            key={row.member.issueId}
            row={row}
            plan={plan}
            editable={editable}
            showProblems={showProblems}
          />
        ))}
      </Box>
    </Paper>
  );
}
