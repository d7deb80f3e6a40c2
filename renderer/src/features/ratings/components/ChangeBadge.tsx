import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import RemoveIcon from '@mui/icons-material/Remove';
import { Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/desk-context';
import type { Kpi } from '../compute/kpis';
import { formatKpiDelta } from './kpi-text';

const colours = { good: 'success.main', bad: 'error.main', neutral: 'text.secondary' } as const;

/**
 * The change against the previous period: an arrow for the direction, a colour for good or
 * bad. The period line above the cards names the previous period once, for all of them.
 */
export function ChangeBadge({ kpi }: { kpi: Kpi }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { change } = kpi;
  if (change.delta === null || change.direction === null)
    return (
      <Typography variant="caption" color="text.secondary">
        {t('ratings.change.noPrevious')}
      </Typography>
    );
  const Arrow =
    change.direction === 'up'
      ? ArrowUpwardIcon
      : change.direction === 'down'
        ? ArrowDownwardIcon
        : RemoveIcon;
  const delta =
    change.direction === 'flat'
      ? t('ratings.change.same')
      : formatKpiDelta(kpi.id, change.delta, language, t);
  // The colour is not the only carrier of meaning: the words "better"/"worse" are there for screen readers and print.
  const verdict =
    change.meaning === 'good'
      ? t('ratings.change.better')
      : change.meaning === 'bad'
        ? t('ratings.change.worse')
        : '';
  return (
    <Stack
      direction="row"
      spacing={0.25}
      sx={{ alignItems: 'center', color: colours[change.meaning] }}
      data-testid={`change-${kpi.id}`}
      data-meaning={change.meaning}
      aria-label={[delta, verdict, t('ratings.change.vsPrevious')].filter(Boolean).join(' ')}
    >
      <Arrow sx={{ fontSize: 15 }} />
      <Typography variant="caption" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
        {delta}
      </Typography>
    </Stack>
  );
}
