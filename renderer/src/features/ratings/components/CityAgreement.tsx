import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import { Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { compareWithCity } from '../compute/city-comparison';
import type { Figures } from '../compute/figures';
import type { CityStatsState } from '../hooks/use-city-stats';

/**
 * At the top of the page, whether the figures agree with the city's: a manager is judged on
 * the city's, so a disagreement is worth knowing before reading any card. Clicking it goes to
 * the comparison and its reasons.
 */
export function CityAgreement({
  local,
  state,
  lastSyncAt,
}: {
  local: Figures;
  state: CityStatsState;
  lastSyncAt: string | null;
}) {
  const { t } = useTranslation();
  if (state.kind !== 'ready') return null;
  const differing = compareWithCity(local, state.stats, { lastSyncAt }).filter((row) => row.differs).length;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={differing === 0 ? 'success' : 'warning'}
      icon={differing === 0 ? <CheckCircleOutlineIcon /> : <ErrorOutlineIcon />}
      label={
        differing === 0 ? t('ratings.city.allMatch') : t('ratings.city.differences', { count: differing })
      }
      onClick={() => document.getElementById('ratings-city')?.scrollIntoView({ behavior: 'smooth' })}
      data-testid="city-agreement"
    />
  );
}
