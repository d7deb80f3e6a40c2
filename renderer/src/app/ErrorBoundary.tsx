import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Alert, AlertTitle, Box, Button, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';

interface Props {
  t: TFunction;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** A screen that throws shows a way out instead of a blank window; local data is untouched. */
class ErrorBoundaryBase extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Screen failed', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    const { t } = this.props;
    if (!error) return this.props.children;
    return (
      <Box role="alert" sx={{ p: 4, maxWidth: 720 }}>
        <Alert severity="error">
          <AlertTitle>{t('errors.title')}</AlertTitle>
          {t('errors.body')}
        </Alert>
        <Button sx={{ mt: 2 }} variant="contained" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </Button>
        <Typography variant="subtitle2" sx={{ mt: 3 }}>
          {t('errors.details')}
        </Typography>
        <Box component="pre" sx={{ whiteSpace: 'pre-wrap', fontSize: 12, color: 'text.secondary' }}>
          {error.message}
        </Box>
      </Box>
    );
  }
}

export function ErrorBoundary({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <ErrorBoundaryBase t={t}>{children}</ErrorBoundaryBase>;
}
