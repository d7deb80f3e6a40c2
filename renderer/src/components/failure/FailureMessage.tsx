import { Alert, Box, Button, Typography, type AlertColor } from '@mui/material';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeFailure, logFailure, type Failure } from '../../i18n/failure';

interface FailureMessageProps {
  failure: Failure;
  /** A line before what happened, e.g. «Синхронизация не удалась». */
  title?: string;
  /** Said after what to do next, e.g. when the next attempt is. */
  footer?: ReactNode;
  severity?: AlertColor;
  /** Plain text inside a list row instead of an alert box. */
  inline?: boolean;
  testId?: string;
}

/**
 * A failure told to a person: what happened and what to do next (from the code, in the chosen
 * language), and a «Подробнее» line that reveals the code and the technical detail. The detail
 * is written to the log as well.
 */
export function FailureMessage({
  failure,
  title,
  footer,
  severity = 'error',
  inline = false,
  testId = 'failure',
}: FailureMessageProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const { what, next } = describeFailure(t, failure);
  useEffect(() => logFailure(failure), [failure]);

  const body = (
    <>
      <Box data-testid={`${testId}-text`}>
        {title && <strong>{title}. </strong>}
        {what} {next}
        {footer && <> {footer}</>}
      </Box>
      <Button
        size="small"
        color="inherit"
        aria-expanded={open}
        aria-controls={detailsId}
        onClick={() => setOpen(!open)}
        sx={{ mt: 0.5, px: 0.5, minWidth: 0, textTransform: 'none' }}
      >
        {t('common.failure.details')}
      </Button>
      {open && (
        <Typography
          id={detailsId}
          variant="body2"
          component="div"
          data-testid={`${testId}-details`}
          sx={{ fontFamily: 'monospace', whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
        >
          {t('common.failure.code', { code: failure.code })}
          {failure.detail ? `\n${failure.detail}` : ''}
        </Typography>
      )}
    </>
  );
  if (inline)
    return (
      <Box
        data-testid={testId}
        sx={{ mt: 0.5, color: severity === 'error' ? 'error.main' : 'text.secondary', typography: 'body2' }}
      >
        {body}
      </Box>
    );
  return (
    <Alert severity={severity} data-testid={testId} sx={{ mt: 2 }}>
      {body}
    </Alert>
  );
}
