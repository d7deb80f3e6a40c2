import { Box, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/desk-context';
import type { Figures } from '../compute/figures';
import { kpisOf, type Kpi } from '../compute/kpis';
import { formatDecimal, formatShare } from '../format';
import { ChangeBadge } from './ChangeBadge';
import { formatKpiValue } from './kpi-text';

function useKpiHint(kpi: Kpi, figures: Figures): string {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const shareOfIssues = (count: number) =>
    figures.issues === 0 ? '—' : formatShare(count / figures.issues, language);
  switch (kpi.id) {
    case 'issues':
      return t('ratings.kpiHint.issues');
    case 'onTime':
      return t('ratings.kpiHint.onTime', { onTime: figures.onTime, decided: figures.decided });
    case 'overdue':
      return t('ratings.kpiHint.overdue');
    case 'returned':
      return t('ratings.kpiHint.returned', { share: shareOfIssues(figures.returned) });
    case 'reopened':
      return t('ratings.kpiHint.reopened', { share: shareOfIssues(figures.reopened) });
    case 'avgScore':
      return t('ratings.kpiHint.ratings', { count: figures.ratings });
    case 'medianHours':
      return t('ratings.kpiHint.medianHours', {
        clock:
          figures.medianClockHours === null
            ? '—'
            : t('ratings.units.hours', { value: formatDecimal(figures.medianClockHours, language, 1) }),
      });
  }
}

function KpiCard({ kpi, figures }: { kpi: Kpi; figures: Figures }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const hint = useKpiHint(kpi, figures);
  return (
    <Paper variant="outlined" sx={{ p: 1.5, breakInside: 'avoid' }} data-testid={`kpi-${kpi.id}`}>
      <Typography variant="body2" color="text.secondary" component="h2" sx={{ overflowWrap: 'anywhere' }}>
        {t(`ratings.kpi.${kpi.id}`)}
      </Typography>
      <Typography
        sx={{ fontSize: 26, fontWeight: 600, lineHeight: 1.25, my: 0.25, fontVariantNumeric: 'tabular-nums' }}
        data-testid={`kpi-${kpi.id}-value`}
      >
        {formatKpiValue(kpi.id, kpi.value, language, t)}
      </Typography>
      <ChangeBadge kpi={kpi} />
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.25 }}>
        {hint}
      </Typography>
    </Paper>
  );
}

/** The headline figures of the period, each with its change against the previous period. */
export function KpiCards({ current, previous }: { current: Figures; previous: Figures }) {
  return (
    // Four and three at 1280 px (a seven-wide row cuts «100,0 %»), all seven on a wide screen;
    // never six and one left alone.
    <Box
      sx={{
        display: 'grid',
        gap: 1.5,
        gridTemplateColumns: { xs: 'repeat(auto-fit, minmax(200px, 1fr))', xl: 'repeat(7, 1fr)' },
      }}
      data-testid="kpi-cards"
    >
      {kpisOf(current, previous).map((kpi) => (
        <KpiCard key={kpi.id} kpi={kpi} figures={current} />
      ))}
    </Box>
  );
}
