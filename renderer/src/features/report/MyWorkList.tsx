import { categoryName } from '@shared/i18n';
import {
  Alert,
  Box,
  Button,
  Card,
  CardActions,
  CardContent,
  Chip,
  Snackbar,
  Stack,
  Typography,
} from '@mui/material';
import OfflinePinIcon from '@mui/icons-material/OfflinePin';
import { useLocation, useNavigate } from 'react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { DeadlineChip } from '../../components/deadline/DeadlineChip';
import { StatusChip } from '../../components/StatusChip';
import { useLanguage } from '../../app/desk-context';
import { useNow } from '../../lib/use-now';
import { useWorkspace } from '../../app/session/session-context';
import { ReportStateChip } from './ReportStateChip';
import { ReopenedNote } from './ReopenedNote';
import { openDraftFor, startRework } from './drafts';
import { useMyWork, type MyWorkItem } from './use-my-work';
import { useFirstPullStage } from '../../db/use-first-pull';

function MyWorkCard({ item, topicName }: { item: MyWorkItem; topicName: string }) {
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
        </CardActions>
      )}
    </Card>
  );
}

export function MyWorkList() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { db } = useWorkspace();
  const items = useMyWork();
  const firstPullStage = useFirstPullStage(db);
  const location = useLocation();
  const state: unknown = location.state;
  const [submitted, setSubmitted] = useState(
    typeof state === 'object' && state !== null && 'submitted' in state && state.submitted === true,
  );
  const categories = useLiveQuery(() => db.categories.toArray(), [db]);
  const topicName = (id: string) => {
    const topic = categories?.find((c) => c.id === id);
    return topic ? categoryName(topic, language) : id;
  };
  return (
    <Box sx={{ p: 3, maxWidth: 1000 }}>
      <Typography variant="h5" component="h1">
        {t('report.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('report.subtitle')}
      </Typography>
      {items && items.length === 0 && (
        // Until the first pull has brought the open work, "nothing assigned" would not be true.
        <Alert severity="info">
          {t(firstPullStage === 'open_work' ? 'report.pullingOpenWork' : 'report.empty')}
        </Alert>
      )}
      <Snackbar open={submitted} autoHideDuration={6000} onClose={() => setSubmitted(false)}>
        <Alert
          severity="success"
          variant="filled"
          onClose={() => setSubmitted(false)}
          data-testid="report-submitted"
        >
          {t('report.editor.submitted')}
        </Alert>
      </Snackbar>
      <Stack spacing={1.5}>
        {items?.map((item) => (
          <MyWorkCard key={item.issue.id} item={item} topicName={topicName(item.issue.categoryId)} />
        ))}
      </Stack>
    </Box>
  );
}
