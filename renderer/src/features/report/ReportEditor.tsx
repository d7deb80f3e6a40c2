import { useMemo, useRef, useState, type ClipboardEvent, type DragEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  LinearProgress,
  MenuItem,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import AddPhotoAlternateIcon from '@mui/icons-material/AddPhotoAlternate';
import PhotoCameraIcon from '@mui/icons-material/PhotoCamera';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  REPORT_PHOTOS_MAX,
  REPORT_TEXT_MAX,
  REPORT_TEXT_MIN,
  codePointLength,
  type Category,
} from '@shared/domain';
import type { IssueRecord, PhotoRecord, ReportRecord } from '../../db/records';
import { queueReport } from '../../db/repositories';
import { useWorkspace } from '../auth/session-context';
import { StatusChip } from '../../components/StatusChip';
import { CameraDialog } from './CameraDialog';
import { PhotoStrip } from './PhotoStrip';
import { PhotoThumb } from './PhotoThumb';
import { ReportStateChip } from './ReportStateChip';
import { fromMoscowInputValue, toMoscowInputValue } from './moscow-input';
import { takeInPhotos, type IntakeFailure } from './photo-intake';
import { templatesFor } from './templates';
import { reportProblems } from './validation';
import { CompareDialog } from './editor/CompareDialog';
import { RedactPhoto } from './editor/RedactPhoto';
import { SubmitBar } from './editor/SubmitBar';
import { useReportDraft } from './editor/use-report-draft';
import { useReportOutboxRow } from './editor/use-report-outbox';

function useFailureText() {
  const { t } = useTranslation();
  return ({ name, failure }: IntakeFailure): string => {
    switch (failure.code) {
      case 'too_many':
        return t('report.photoErrors.tooMany', { max: REPORT_PHOTOS_MAX });
      case 'unsupported_type':
        return failure.heic
          ? t('report.photoErrors.heic', { name })
          : t('report.photoErrors.unsupported', { name, kind: failure.detected.toUpperCase() });
      case 'too_large':
        return t('report.photoErrors.tooLarge', {
          name,
          size: (failure.bytes / 1048576).toFixed(1),
          limit: (failure.limitBytes / 1048576).toFixed(0),
        });
      case 'corrupt':
        return t('report.photoErrors.corrupt', { name });
      case 'internal':
        return t('report.photoErrors.internal', { name, detail: failure.detail });
    }
  };
}

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
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { db, user, engine } = useWorkspace();
  const failureText = useFailureText();
  const { clientReportId } = stored;
  const issueId = issue.id;
  const sending = useReportOutboxRow(db, issueId, clientReportId);
  const editable = stored.localState === 'draft' || stored.localState === 'refused';
  const draft = useReportDraft({ db, report: stored, authorId: user.id, editable });
  const { fields, update } = draft;
  const [failures, setFailures] = useState<IntakeFailure[]>([]);
  const [processing, setProcessing] = useState(0);
  const [template, setTemplate] = useState('');
  const [redacting, setRedacting] = useState<string | null>(null);
  const [comparing, setComparing] = useState<string | null>(null);
  const [camera, setCamera] = useState(false);
  const [showProblems, setShowProblems] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const fileInput = useRef<HTMLInputElement>(null);

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

  const addFiles = async (files: File[]) => {
    if (files.length === 0 || !editable) return;
    setProcessing((n) => n + files.length);
    try {
      const result = await takeInPhotos(db, files, fields.photos.length, issue.receivedAt);
      setFailures((current) => [...current, ...result.failures]);
      if (result.added.length > 0)
        update(({ photos }) => ({
          photos: [...photos, ...result.added.filter((a) => !photos.some((p) => p.sha256 === a.sha256))],
        }));
    } finally {
      setProcessing((n) => n - files.length);
    }
  };

  const problems = reportProblems(fields, {
    afterPhotoRequired: topic?.afterPhotoRequired ?? false,
    receivedAt: issue.receivedAt,
    now: new Date(),
  });

  const submit = async () => {
    setShowProblems(true);
    if (problems.length > 0) return;
    setSubmitting(true);
    setSubmitError(null);
    try {
      // Only what is on disk is sent: a draft that could not be saved stays here, its failure shown.
      if (!(await draft.flush())) return;
      await queueReport(db, clientReportId);
      engine.localChange();
      void navigate('/my', { state: { submitted: true } });
    } catch (error) {
      console.error('The report could not be queued', error);
      setSubmitError(error);
    } finally {
      setSubmitting(false);
    }
  };

  const textLength = codePointLength(fields.text);
  const residentPhoto = issue.residentPhotos[0];

  return (
    <Box
      sx={{ p: 3, maxWidth: 1100 }}
      onPaste={(event: ClipboardEvent) => void addFiles([...event.clipboardData.files])}
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

      <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
        <Typography variant="subtitle2" color="text.secondary">
          {t('report.editor.resident')} · {i18n.language === 'en' ? topic?.nameEn : topic?.nameRu} ·{' '}
          {issue.address}
        </Typography>
        <Typography variant="body2" sx={{ mt: 0.5, whiteSpace: 'pre-wrap' }}>
          {issue.description}
        </Typography>
        {issue.residentPhotos.length > 0 && (
          <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
            {issue.residentPhotos.map((photo) => (
              <PhotoThumb
                key={photo.sha256}
                {...photo}
                origin="resident"
                size={96}
                alt={t('report.editor.residentPhotos')}
              />
            ))}
          </Stack>
        )}
      </Paper>

      {stored.basedOn && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('report.editor.basedOn')}
        </Alert>
      )}
      {stored.refusal && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {stored.refusal.message}
        </Alert>
      )}
      {!editable && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('report.editor.notEditable')}
        </Alert>
      )}

      <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
        {editable && (
          <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
            <TextField
              select
              size="small"
              label={t('report.editor.template')}
              helperText={t('report.editor.templateHint')}
              value={template}
              onChange={(e) => setTemplate(e.target.value)}
              sx={{ flexGrow: 1 }}
            >
              {templates.map((text) => (
                <MenuItem key={text} value={text} sx={{ whiteSpace: 'normal', maxWidth: 800 }}>
                  {text}
                </MenuItem>
              ))}
            </TextField>
            <Button
              variant="outlined"
              disabled={!template}
              onClick={() =>
                update(({ text }) => ({ text: text.trim() ? `${text.trimEnd()}\n${template}` : template }))
              }
            >
              {t('report.editor.insert')}
            </Button>
          </Stack>
        )}
        <TextField
          label={t('report.editor.text')}
          multiline
          minRows={5}
          fullWidth
          value={fields.text}
          disabled={!editable}
          onChange={(e) => update({ text: e.target.value })}
          error={showProblems && (textLength < REPORT_TEXT_MIN || textLength > REPORT_TEXT_MAX)}
          helperText={t('report.editor.textHelp', {
            count: textLength,
            max: REPORT_TEXT_MAX,
            min: REPORT_TEXT_MIN,
          })}
        />
        <TextField
          type="datetime-local"
          label={t('report.editor.completedAt')}
          value={toMoscowInputValue(fields.completedAt)}
          disabled={!editable}
          onChange={(e) => {
            const instant = fromMoscowInputValue(e.target.value);
            if (instant) update({ completedAt: instant });
          }}
          sx={{ mt: 2, width: 300 }}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      </Paper>

      <Paper
        variant="outlined"
        sx={{ p: 2, mb: 2 }}
        data-testid="photo-drop-zone"
        onDragOver={(event: DragEvent) => event.preventDefault()}
        onDrop={(event: DragEvent) => {
          event.preventDefault();
          void addFiles([...event.dataTransfer.files]);
        }}
      >
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
          <Typography variant="subtitle1" sx={{ flexGrow: 1 }}>
            {t('report.editor.photos')} ({fields.photos.length}/{REPORT_PHOTOS_MAX})
          </Typography>
          {editable && (
            <>
              <Button
                startIcon={<AddPhotoAlternateIcon />}
                variant="outlined"
                onClick={() => fileInput.current?.click()}
              >
                {t('report.editor.addPhotos')}
              </Button>
              {typeof navigator.mediaDevices?.getUserMedia === 'function' && (
                <Button startIcon={<PhotoCameraIcon />} variant="outlined" onClick={() => setCamera(true)}>
                  {t('report.editor.camera')}
                </Button>
              )}
            </>
          )}
          <input
            ref={fileInput}
            type="file"
            hidden
            multiple
            accept="image/jpeg,image/png,image/webp,image/heic,image/heif,.heic"
            data-testid="photo-input"
            onChange={(event) => {
              void addFiles([...(event.target.files ?? [])]);
              event.target.value = '';
            }}
          />
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('report.editor.photosHelp')}
        </Typography>
        {processing > 0 && (
          <Box sx={{ mb: 1 }}>
            <Typography variant="body2">{t('report.editor.processing')}</Typography>
            <LinearProgress />
          </Box>
        )}
        {failures.map((failure, index) => (
          <Alert
            key={index}
            severity="error"
            sx={{ mb: 1 }}
            data-testid="photo-error"
            onClose={() => setFailures(failures.filter((_f, i) => i !== index))}
          >
            {failureText(failure)}
          </Alert>
        ))}
        <PhotoStrip
          photos={fields.photos}
          records={photoRecords ?? new Map()}
          issueReceivedAt={issue.receivedAt}
          editable={editable}
          canCompare={residentPhoto !== undefined}
          onChange={(photos) => update({ photos })}
          onRedact={setRedacting}
          onCompare={setComparing}
        />
      </Paper>

      {editable && (
        <SubmitBar
          problems={showProblems ? problems : []}
          saveState={draft.saveState}
          submitError={submitError}
          busy={processing > 0 || submitting}
          onSubmit={() => void submit()}
          onRetry={draft.retry}
        />
      )}

      {redacting && photoRecords?.get(redacting) && (
        <RedactPhoto
          record={photoRecords.get(redacting) as PhotoRecord}
          onDone={(replacement) => {
            if (replacement)
              update(({ photos }) => ({
                photos: photos.map((p) => (p.sha256 === redacting ? { ...replacement, role: p.role } : p)),
              }));
            setRedacting(null);
          }}
        />
      )}
      {camera && (
        <CameraDialog
          onClose={() => setCamera(false)}
          onShot={(file) => {
            setCamera(false);
            void addFiles([file]);
          }}
        />
      )}
      {comparing && residentPhoto && (
        <CompareDialog
          resident={residentPhoto}
          photo={{
            sha256: comparing,
            width: photoRecords?.get(comparing)?.width ?? 1,
            height: photoRecords?.get(comparing)?.height ?? 1,
          }}
          onClose={() => setComparing(null)}
        />
      )}
    </Box>
  );
}
