import { Alert, Button, Stack, Typography } from '@mui/material';
import SendIcon from '@mui/icons-material/Send';
import { useTranslation } from 'react-i18next';
import { LocalWriteError } from '../../../db/repositories';
import type { ReportProblem } from '../validation';
import type { DraftSaveState } from './draft-save-queue';
import { failureDetail } from './failure-text';

interface Props {
  /** What stops the report from being sent, once the person has tried. */
  problems: readonly ReportProblem[];
  /** More of them, already in words (a cluster report's own-words fields). */
  moreProblems?: readonly string[];
  /** The button's words, when not «Отправить отчёт». */
  submitLabel?: string;
  saveState: DraftSaveState;
  /** Why the last attempt to queue the report failed. */
  submitError: unknown;
  /** Photos are still being processed: the report waits for them. */
  busy: boolean;
  onSubmit: () => void;
  onRetry: () => void;
}

/** Sending the report: what stops it, and where its draft stands on this computer. */
export function SubmitBar({
  problems,
  moreProblems = [],
  submitLabel,
  saveState,
  submitError,
  busy,
  onSubmit,
  onRetry,
}: Props) {
  const { t } = useTranslation();
  return (
    <>
      {problems.length + moreProblems.length > 0 && (
        <Alert severity="warning" sx={{ mb: 2 }} data-testid="report-problems">
          {problems.map((problem) => (
            <div key={problem.code}>{t(`report.problems.${problem.code}`, problem)}</div>
          ))}
          {moreProblems.map((words) => (
            <div key={words}>{words}</div>
          ))}
        </Alert>
      )}
      {submitError !== null && (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="report-submit-error">
          {t('report.editor.submitFailed')}
          <Details error={submitError} />
        </Alert>
      )}
      {saveState.kind === 'failed' && <SaveFailure error={saveState.error} onRetry={onRetry} />}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button variant="contained" size="large" startIcon={<SendIcon />} onClick={onSubmit} disabled={busy}>
          {submitLabel ?? t('report.editor.submit')}
        </Button>
        <Typography variant="body2" color="text.secondary" data-testid="draft-state">
          {saveState.kind === 'saving'
            ? t('report.editor.saving')
            : saveState.kind === 'failed'
              ? t('report.editor.notSaved')
              : t('report.editor.saved')}
        </Typography>
      </Stack>
    </>
  );
}

function SaveFailure({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  // Sent meanwhile (from another window): writing again cannot help.
  const refused = error instanceof LocalWriteError && error.code === 'not_editable';
  return (
    <Alert
      severity="error"
      sx={{ mb: 2 }}
      data-testid="draft-save-error"
      action={
        refused ? undefined : (
          <Button color="inherit" size="small" onClick={onRetry}>
            {t('report.editor.retry')}
          </Button>
        )
      }
    >
      {t(refused ? 'report.editor.saveRefused' : 'report.editor.saveFailed')}
      <Details error={error} />
    </Alert>
  );
}

function Details({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <Typography variant="caption" component="div">
      {t('report.details', { detail: failureDetail(error) })}
    </Typography>
  );
}
