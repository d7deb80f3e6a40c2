import { useMemo, useState, type ReactNode } from 'react';
import { PanelSection as Section } from './PanelSection';
import { Box, CircularProgress, Divider, IconButton, Paper, Tooltip, Typography } from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import { useTranslation } from 'react-i18next';
import type { Priority } from '@shared/domain';
import { epochMsOf } from '@shared/calendar/instant';
import { useLanguage } from '../../../app/desk-context';
import { formatMoscowDateTime } from '../../../i18n/format';
import { DeadlineChip } from '../../../components/deadline/DeadlineChip';
import { StatusChip } from '../../../components/StatusChip';
import { PriorityLabel } from '../../../components/PriorityLabel';
import { useWorkspace } from '../../../app/session/session-context';
import { categoryPath, type QueueLookups } from '../model/lookups';
import { buildTimeline } from './timeline';
import { useIssueDetails } from './use-issue-details';
import { IssueControls } from './IssueControls';
import { IssueLocation } from './IssueLocation';
import { IssueTimeline } from './IssueTimeline';
import { PendingChangeNotice } from './PendingChangeNotice';
import { ResidentPhotos } from '../../../components/photo/ResidentPhotos';
import { PhotoViewer, type ViewerPhoto } from './PhotoViewer';
import { IssueClusterSections } from '../clusters/IssueClusterSections';
import { useNavigate } from 'react-router';

interface Props {
  issueId: string;
  lookups: QueueLookups;
  nowMs: number;
  canAssign: boolean;
  onClose: () => void;
  onAssign: (issueId: string, currentId: string | null) => void;
  onPriority: (issueId: string, priority: Priority) => void;
  /** Assign these issues at once (the issue's whole cluster). */
  onAssignAll: (issueIds: readonly string[]) => void;
  onOpenIssue: (issueId: string) => void;
}

/** Everything about one issue beside the queue: the resident's words and photos, the place, the history, the controls. */
export function IssuePanel(props: Props) {
  const { issueId, lookups, nowMs, canAssign, onClose, onAssign, onPriority } = props;
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { db, user } = useWorkspace();
  const navigate = useNavigate();
  const details = useIssueDetails(db, issueId);
  const [viewerIndex, setViewerIndex] = useState<number | null>(null);
  const timeline = useMemo(
    () => (details ? buildTimeline({ ...details, receivedAt: details.issue.receivedAt }) : []),
    [details],
  );
  const viewerPhotos = useMemo<ViewerPhoto[]>(() => {
    if (!details) return [];
    const resident = details.issue.residentPhotos.map((photo): ViewerPhoto => ({
      sha256: photo.sha256,
      width: photo.width,
      height: photo.height,
      origin: 'resident',
      caption: t('queue.panel.photos'),
    }));
    const reported = timeline.flatMap((entry) =>
      entry.kind === 'report'
        ? entry.photos.map((photo): ViewerPhoto => ({
            sha256: photo.sha256,
            width: 0,
            height: 0,
            origin: 'company',
            caption: t(`queue.photo.${photo.role}`),
          }))
        : [],
    );
    return [...resident, ...reported];
  }, [details, timeline, t]);
  const openPhoto = (sha256: string) => {
    const index = viewerPhotos.findIndex((photo) => photo.sha256 === sha256);
    if (index >= 0) setViewerIndex(index);
  };

  const frame = (content: ReactNode, label: string) => (
    <Paper
      square
      elevation={0}
      component="aside"
      aria-label={label}
      data-testid="issue-panel"
      sx={{ height: '100%', overflow: 'auto', borderLeft: 1, borderColor: 'divider' }}
    >
      {content}
    </Paper>
  );

  if (details === undefined)
    return frame(
      <Box sx={{ p: 4, display: 'grid', placeItems: 'center' }}>
        <CircularProgress size={24} aria-hidden />
      </Box>,
      issueId,
    );
  if (details === null)
    return frame(
      <Box sx={{ p: 2, display: 'flex', gap: 1, alignItems: 'flex-start' }}>
        <Typography sx={{ flex: 1 }} color="text.secondary">
          {t('queue.panel.notFound')}
        </Typography>
        <IconButton onClick={onClose} aria-label={t('queue.panel.close')} size="small">
          <CloseIcon />
        </IconButton>
      </Box>,
      issueId,
    );

  const { issue } = details;
  const assigneeId =
    issue.pending?.state === 'pending' ? (issue.pending.assigneeId ?? issue.assigneeId) : issue.assigneeId;

  return frame(
    <>
      <Box
        sx={{
          position: 'sticky',
          top: 0,
          zIndex: 1,
          bgcolor: 'background.paper',
          borderBottom: 1,
          borderColor: 'divider',
          px: 2,
          pt: 1.5,
          pb: 1,
        }}
      >
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <Typography variant="h6" component="h2" sx={{ fontSize: 17 }} data-testid="panel-number">
            {issue.number}
          </Typography>
          <StatusChip status={issue.status} />
          <PriorityLabel
            priority={
              issue.pending?.state === 'pending' ? (issue.pending.priority ?? issue.priority) : issue.priority
            }
          />
          <Box sx={{ flexGrow: 1 }} />
          <Tooltip title={`${t('queue.panel.close')} (Esc)`}>
            <IconButton onClick={onClose} aria-label={t('queue.panel.close')} size="small">
              <CloseIcon />
            </IconButton>
          </Tooltip>
        </Box>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.25 }}>
          {categoryPath(lookups, issue.categoryId)}
        </Typography>
        <Typography variant="caption" color="text.secondary" component="p">
          {t('queue.panel.received')}: {formatMoscowDateTime(issue.receivedAt, language)} ·{' '}
          {t('queue.panel.created')}: {formatMoscowDateTime(issue.createdAt, language)}
        </Typography>
        <Box sx={{ mt: 0.5, display: 'flex', alignItems: 'baseline', gap: 1 }}>
          <Typography variant="body2" color="text.secondary">
            {t('queue.panel.deadline')}:
          </Typography>
          <DeadlineChip
            deadlineMs={epochMsOf(issue.deadlineAt)}
            nowMs={nowMs}
            resolved={issue.status === 'resolved'}
            language={language}
            variant="block"
          />
        </Box>
      </Box>

      <Box sx={{ px: 2, pt: 1.5, display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        <PendingChangeNotice issue={issue} lookups={lookups} />
        <IssueControls
          issue={issue}
          lookups={lookups}
          canAssign={canAssign}
          onAssign={() => onAssign(issue.id, assigneeId)}
          onPriority={(priority) => onPriority(issue.id, priority)}
        />
      </Box>

      <Section title={t('queue.panel.description')}>
        <Typography variant="body2" sx={{ fontWeight: 600, mb: 0.5 }}>
          {issue.title}
        </Typography>
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }} data-testid="panel-description">
          {issue.description}
        </Typography>
        {issue.moderatorComment && (
          <Box sx={{ mt: 1, pl: 1, borderLeft: 3, borderColor: 'warning.light' }}>
            <Typography variant="caption" color="text.secondary">
              {t('queue.panel.moderatorComment')}
            </Typography>
            <Typography variant="body2">{issue.moderatorComment}</Typography>
          </Box>
        )}
      </Section>

      <Section title={t('queue.panel.photos')}>
        {issue.residentPhotos.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {t('queue.panel.noPhotos')}
          </Typography>
        ) : (
          <ResidentPhotos
            photos={issue.residentPhotos}
            altOf={(index) => t('queue.photo.open', { index: index + 1, total: issue.residentPhotos.length })}
            onOpen={openPhoto}
          />
        )}
      </Section>

      <IssueClusterSections
        db={db}
        issueId={issue.id}
        language={language}
        canAssign={canAssign}
        onAssignAll={props.onAssignAll}
        onOpenIssue={props.onOpenIssue}
        viewerId={user.id}
        // The report is written in My work: the panel only opens it there.
        onAnswerTogether={(id) => void navigate(`/my/${id}/cluster-report`)}
      />

      <Section title={t('queue.panel.location')}>
        <IssueLocation issue={issue} />
      </Section>

      <Divider />
      <Section title={t('queue.panel.timeline')}>
        <IssueTimeline entries={timeline} lookups={lookups} language={language} onOpenPhoto={openPhoto} />
      </Section>

      <PhotoViewer
        photos={viewerPhotos}
        index={viewerIndex}
        onIndex={setViewerIndex}
        onClose={() => setViewerIndex(null)}
      />
    </>,
    t('queue.panel.label', { number: issue.number }),
  );
}
