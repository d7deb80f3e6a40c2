import { Alert, Button, Card, CardActions, CardContent, Chip, Stack, Typography } from '@mui/material';
import OfflinePinIcon from '@mui/icons-material/OfflinePin';
import DynamicFeedIcon from '@mui/icons-material/DynamicFeed';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DeadlineChip } from '../../components/deadline/DeadlineChip';
import { StatusChip } from '../../components/StatusChip';
import { FailureMessage } from '../../components/failure/FailureMessage';
import { useLanguage } from '../../app/desk-context';
import { useNow } from '../../lib/use-now';
import { useWorkspace } from '../../app/session/session-context';
import { ReportStateChip } from './ReportStateChip';
import { ReopenedNote } from './ReopenedNote';
import { openDraftFor, startRework } from './drafts';
import type { MyWorkItem } from './use-my-work';

interface Props {
  item: MyWorkItem;
  topicName: string;
  /** How many issues one report could answer with this one (itself included); 0 when none. */
  together: number;
  /** A shared report answering this issue is being written. */
  inSharedDraft: boolean;
}

/** One issue of My work: where it stands, what the city said, and the way to its report. */
export function MyWorkCard({ item, topicName, together, inSharedDraft }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { db, user } = useWorkspace();
  const navigate = useNavigate();
  const nowMs = useNow();
  const { issue, report } = item;
  const editing = report?.localState === 'draft' || report?.localState === 'refused';
  const returned = issue.status === 'returned' && report?.status === 'rejected';
  const canReport = ['in_progress', 'returned', 'reopened'].includes(issue.status);
  // Once the report is with the moderator, or back from them, its chip says what the issue's
  // status would («На модерации», «Возвращён на доработку»): one chip, not the same words twice.
  const sent = report !== undefined && !editing && report.localState !== 'queued';
  const reportSaysStatus =
    sent && ((issue.status === 'on_moderation' && report.status === 'on_moderation') || returned);

  const open = async () => {
    const id =
      returned && report ? await startRework(db, report, user.id) : await openDraftFor(db, issue.id, user.id);
    void navigate(`/my/${issue.id}/report/${id}`);
  };

  return (
    <Card variant="outlined" data-testid="my-work-item">
      <CardContent sx={{ pb: 1 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
            {issue.number}
          </Typography>
          {!reportSaysStatus && <StatusChip status={issue.status} />}
          <DeadlineChip
            deadlineMs={Date.parse(issue.deadlineAt)}
            nowMs={nowMs}
            resolved={false}
            language={language}
          />
          {report && (
            <ReportStateChip report={report} sending={item.sending} disputed={issue.status === 'reopened'} />
          )}
          {(report?.clusterOf !== undefined || (report?.cluster && report.localState !== 'draft')) && (
            <Chip size="small" variant="outlined" label={t('clusterReport.sentTogether')} />
          )}
          {item.residentPhotosKept > 0 && (
            <Chip
              size="small"
              variant="outlined"
              icon={<OfflinePinIcon />}
              label={t('report.offlineReady')}
            />
          )}
        </Stack>
        <Typography variant="body2" sx={{ mt: 1, fontWeight: 500 }}>
          {topicName} · {issue.address}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {issue.description}
        </Typography>
        {issue.status === 'reopened' && (
          <ReopenedNote issue={issue} report={report} disputedAt={item.disputedAt} />
        )}
        {item.refused?.refusal && (
          <FailureMessage
            testId="my-work-refusal"
            title={t('report.editor.refusedTitle')}
            failure={{ code: item.refused.refusal.code, detail: item.refused.refusal.message }}
          />
        )}
        {returned && report?.moderatorComment && (
          <Alert severity="warning" sx={{ mt: 1 }}>
            {t('report.moderatorSaid', { comment: report.moderatorComment })}
          </Alert>
        )}
      </CardContent>
      {canReport && (
        <CardActions>
          <Button variant={editing || returned ? 'contained' : 'outlined'} onClick={() => void open()}>
            {returned ? t('report.rework') : editing ? t('report.continueDraft') : t('report.writeReport')}
          </Button>
          {(together > 1 || inSharedDraft) && (
            <Button
              variant={inSharedDraft ? 'contained' : 'outlined'}
              startIcon={<DynamicFeedIcon />}
              onClick={() => void navigate(`/my/${issue.id}/cluster-report`)}
              data-testid="answer-together"
            >
              {inSharedDraft
                ? t('clusterReport.continueTogether')
                : t('clusterReport.answerTogether', { count: together })}
            </Button>
          )}
        </CardActions>
      )}
    </Card>
  );
}
