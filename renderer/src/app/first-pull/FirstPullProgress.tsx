import { Box, LinearProgress, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useFirstPull } from '../../db/use-first-pull';
import { useNow } from '../../lib/use-now';
import { useLanguage } from '../desk-context';
import { useWorkspace } from '../session/session-context';
import { firstPullPercent, firstPullText } from './first-pull-text';

/**
 * The first pull's progress in the top bar, with numbers, while it runs: a new workstation is
 * filling its replica, and until it has, no screen's "nothing here" can be trusted. Gone once
 * the history is in.
 */
export function FirstPullProgress() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const view = useFirstPull(useWorkspace().db);
  // The time left counts down between the engine's (throttled) writes too.
  const nowMs = useNow(5_000);
  if (view === null) return null;
  const text = firstPullText(t, view, nowMs, language);
  const percent = firstPullPercent(view);
  return (
    <Box
      data-testid="first-pull-progress"
      role="status"
      sx={{ flexShrink: 0, width: { xs: 240, md: 300, lg: 430 } }}
    >
      <Typography variant="caption" component="div" noWrap title={text} sx={{ lineHeight: 1.4 }}>
        {text}
      </Typography>
      <LinearProgress
        aria-label={t('firstPull.label')}
        variant={percent === null ? 'indeterminate' : 'determinate'}
        {...(percent === null ? {} : { value: percent })}
        color="inherit"
        sx={{ height: 4, borderRadius: 2, opacity: 0.9 }}
      />
    </Box>
  );
}
