import { useMemo, useState, type ClipboardEvent } from 'react';
import { Alert, Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Category } from '@shared/domain';
import type { IssueRecord, ReportRecord } from '../../db/records';
import { queueReport } from '../../db/repositories';
import { useWorkspace } from '../../app/session/session-context';
import { StatusChip } from '../../components/StatusChip';
import { ReportStateChip } from './ReportStateChip';
import { templatesFor } from './templates';
import { reportProblems } from './validation';
import { ComplaintSummary } from './editor/ComplaintSummary';
import { CompareDialog } from './editor/CompareDialog';
import { PhotoSection } from './editor/PhotoSection';
import { ReportNotices } from './editor/ReportNotices';
import { RedactPhoto } from './editor/RedactPhoto';
import { ReportTextFields } from './editor/ReportTextFields';
import { PreSendChecks } from './editor/PreSendChecks';
import { SubmitBar } from './editor/SubmitBar';
import { usePhotoIntake } from './editor/use-photo-intake';
import { useReportDraft } from './editor/use-report-draft';
import { useReportOutboxRow } from './editor/use-report-outbox';
import { useReturnedAnswers } from './editor/use-returned-answers';
import { queueClusterReport } from '../../db/cluster-reports';
import { ClusterMembers } from './cluster/ClusterMembers';
import { useClusterPlan } from './cluster/use-cluster-plan';
import { useSamePlace } from './editor/use-same-place';

export function ReportEditor() {
  const { t } = useTranslation();
  const { issueId = '', clientReportId = '' } = useParams();
  const { db } = useWorkspace();
  const issue = useLiveQuery(() => db.issues.get(issueId), [db, issueId]);
  const topic = useLiveQuery(
    async () => (issue ? db.categories.get(issue.categoryId) : undefined),
    [db, issue?.categoryId],
  );
  const stored = useLiveQuery(
    async () => (await db.reports.get(clientReportId)) ?? null,
    [db, clientReportId],
  );
  if (stored === undefined || issue === undefined) return <LinearProgress />;
  if (stored === null || !issue)
    return (
      <Box sx={{ p: 3 }}>
        <Alert severity="error">{t('report.editor.notEditable')}</Alert>
      </Box>
    );
  // Keyed by the report: the form starts from what is on disk, once, and from then on is the source.
  return <ReportForm key={clientReportId} issue={issue} topic={topic} stored={stored} />;
}

interface FormProps {
  issue: IssueRecord;
  topic: Category | undefined;
  stored: ReportRecord;
}

function ReportForm({ issue, topic, stored }: FormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { db, user } = useWorkspace();
  const { clientReportId } = stored;
  const editable = stored.localState === 'draft' || stored.localState === 'refused';
  const draft = useReportDraft({ db, report: stored, authorId: user.id, editable });
  const { fields } = draft;
  const sending = useReportOutboxRow(db, issue.id, clientReportId);
  const plan = useClusterPlan(db, stored, editable);
  const intake = usePhotoIntake({
    db,
    issueReceivedAt: issue.receivedAt,
    photoCount: fields.photos.length,
    editable,
    onAdded: (added) =>
      draft.update(({ photos }) => ({
        photos: [...photos, ...added.filter((a) => !photos.some((p) => p.sha256 === a.sha256))],
      })),
  });
  const [redacting, setRedacting] = useState<string | null>(null);
  const [comparing, setComparing] = useState<string | null>(null);
  const [showProblems, setShowProblems] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>(null);

  const photoRecords = useLiveQuery(
    async () =>
      new Map(
        (await db.photos.bulkGet(fields.photos.map((p) => p.sha256))).flatMap((r) =>
          r ? [[r.sha256, r] as const] : [],
        ),
      ),
    [db, fields.photos],
  );
  const templates = useMemo(() => templatesFor(topic), [topic]);
  const residentPhoto = issue.residentPhotos[0];
  const afterRecords = useMemo(
    () =>
      fields.photos
        .filter((photo) => photo.role === 'after')
        .flatMap((photo) => photoRecords?.get(photo.sha256) ?? []),
    [fields.photos, photoRecords],
  );
  const samePlace = useSamePlace(residentPhoto, afterRecords);
  const returned = useReturnedAnswers(db, issue.categoryId);
  // A cluster report must suit every issue it answers: each topic's photo rule, each receipt.
  const problems = reportProblems(fields, {
    afterPhotoRequired: (topic?.afterPhotoRequired ?? false) || (plan?.afterPhotoRequired ?? false),
    receivedAt: [issue.receivedAt, plan?.latestReceivedAt ?? ''].sort().at(-1) ?? issue.receivedAt,
    now: new Date(),
  });
  const planProblems = (plan?.problems ?? []).map((p) => t(`clusterReport.problems.${p.code}`, p));

  const submit = async () => {
    setShowProblems(true);
    if (problems.length + planProblems.length > 0) return;
    setSubmitting(true);
    setSubmitError(null);
    try {
      // Only what is on disk is sent: a draft that could not be saved stays here, its failure shown.
      if (!(await draft.flush())) return;
      if (plan && !(await plan.flush())) throw new Error('A choice of the cluster report is not saved');
      if (plan) await queueClusterReport(db, clientReportId);
      else await queueReport(db, clientReportId);
      void navigate('/my', { state: { submitted: true } });
    } catch (error) {
      console.error('The report could not be queued', error);
      setSubmitError(error);
    } finally {
      setSubmitting(false);
    }
  };

  const redactRecord = redacting ? photoRecords?.get(redacting) : undefined;
  const compareRecord = comparing ? photoRecords?.get(comparing) : undefined;

  return (
    <Box
      sx={{ p: 3, maxWidth: 1100 }}
      onPaste={(event: ClipboardEvent) => void intake.addFiles([...event.clipboardData.files])}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2 }}>
        <Button startIcon={<ArrowBackIcon />} onClick={() => void navigate('/my')}>
          {t('report.editor.back')}
        </Button>
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>
          {t('report.editor.title', { number: issue.number })}
        </Typography>
        <StatusChip status={issue.status} />
        <ReportStateChip report={stored} sending={sending} />
      </Stack>

      <ComplaintSummary issue={issue} topic={topic} />
      <ReportNotices report={stored} editable={editable} />
      {plan && <ClusterMembers issue={issue} plan={plan} editable={editable} showProblems={showProblems} />}

      <ReportTextFields
        fields={fields}
        templates={templates}
        editable={editable}
        showProblems={showProblems}
        onChange={draft.update}
      />
      <PhotoSection
        photos={fields.photos}
        records={photoRecords ?? new Map()}
        issueReceivedAt={issue.receivedAt}
        editable={editable}
        canCompare={residentPhoto !== undefined}
        intake={intake}
        onChange={(photos) => draft.update({ photos })}
        onRedact={setRedacting}
        onCompare={setComparing}
      />

      {editable && (
        <PreSendChecks
          photos={fields.photos}
          records={photoRecords ?? new Map()}
          issue={issue}
          text={fields.text}
          answer={{ returned, templates }}
          samePlace={samePlace}
          onCompare={residentPhoto ? setComparing : undefined}
        />
      )}
      {editable && (
        <SubmitBar
          problems={showProblems ? problems : []}
          moreProblems={showProblems ? planProblems : []}
          {...(plan ? { submitLabel: t('clusterReport.submit', { count: plan.answered }) } : {})}
          saveState={draft.saveState}
          submitError={submitError}
          busy={intake.processing > 0 || submitting}
          onSubmit={() => void submit()}
          onRetry={draft.retry}
        />
      )}

      {redacting && redactRecord && (
        <RedactPhoto
          record={redactRecord}
          onDone={(replacement) => {
            if (replacement)
              draft.update(({ photos }) => ({
                photos: photos.map((p) => (p.sha256 === redacting ? { ...replacement, role: p.role } : p)),
              }));
            setRedacting(null);
          }}
        />
      )}
      {comparing && residentPhoto && (
        <CompareDialog
          resident={residentPhoto}
          photo={{ sha256: comparing, width: compareRecord?.width ?? 1, height: compareRecord?.height ?? 1 }}
          result={samePlace.get(comparing)}
          onClose={() => setComparing(null)}
        />
      )}
    </Box>
  );
}
