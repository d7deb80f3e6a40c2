import { Alert, Box, LinearProgress, Skeleton, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/desk-context';
import { useWorkspace } from '../../app/session/session-context';
import { useSyncStatus } from '../../db/use-sync-status';
import { BreakdownPanel } from './components/BreakdownPanel';
import { CityAgreement } from './components/CityAgreement';
import { CityComparison } from './components/CityComparison';
import { ExportActions } from './components/ExportActions';
import { FixFirst } from './components/FixFirst';
import { HistoryIncompleteNotice } from './components/HistoryIncompleteNotice';
import { KpiCards } from './components/KpiCards';
import { LowRatedList } from './components/LowRatedList';
import { PeriodPicker } from './components/PeriodPicker';
import { PrintStyles } from './components/PrintStyles';
import { RepeatsCard } from './components/RepeatsCard';
import { ReturnReasonsCard } from './components/ReturnReasonsCard';
import { ScoreDistributionChart } from './components/ScoreDistributionChart';
import { TrendChart } from './components/TrendChart';
import { formatMoscowShort, formatPeriod } from './format';
import { daysIn } from './compute/period';
import { useCityStats } from './hooks/use-city-stats';
import { useNow } from '../../lib/use-now';
import { usePeriodChoice } from './hooks/use-period-choice';
import { useRatingsExport } from './hooks/use-ratings-export';
import { useRatingsReport } from './hooks/use-ratings-report';

/** A calendar period only this many days old (this month on the 1st) has few figures to show. */
const SHORT_PERIOD_DAYS = 4;

/** "Overdue now" and "this week" move on with time; every few minutes is often enough. */
const REFRESH_MS = 5 * 60_000;

/** The manager's dashboard: how the company is doing in a period, why, and what to fix first. */
export function RatingsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { user, db } = useWorkspace();
  const nowMs = useNow(REFRESH_MS);
  const period = usePeriodChoice(nowMs);
  const { choice } = period;
  const { report, repeats, computing, error, source, client } = useRatingsReport(choice, nowMs);
  const sync = useSyncStatus(db);
  const city = useCityStats(choice.current, sync.lastSuccessAt);
  const exporter = useRatingsExport(
    report,
    source,
    client,
    city.state.kind === 'ready' ? city.state.stats : null,
  );

  return (
    <Box className="ratings-page" sx={{ p: 2.5, maxWidth: 1600 }}>
      <PrintStyles />
      <Stack
        direction="row"
        spacing={2}
        sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1.5, mb: 0.5 }}
        component="header"
      >
        <Typography variant="h5" component="h1" sx={{ mr: 1 }}>
          {t('ratings.title')}
        </Typography>
        <Box data-print="hide">
          <PeriodPicker key={JSON.stringify(choice.current)} control={period} />
        </Box>
        <Box sx={{ flexGrow: 1 }} />
        <ExportActions exporter={exporter} disabled={report === null} />
      </Stack>
      <Typography variant="body2" sx={{ fontWeight: 500 }} data-testid="ratings-period">
        {user.companyName} ·{' '}
        {t('ratings.subtitle', {
          range: formatPeriod(choice.current, language),
          previous: formatPeriod(choice.previous, language),
        })}
      </Typography>
      {choice.preset !== 'custom' && daysIn(choice.current) < SHORT_PERIOD_DAYS && (
        <Alert severity="info" sx={{ my: 1 }} data-testid="ratings-short-period">
          {t('ratings.period.short', { count: daysIn(choice.current) })}
        </Alert>
      )}
      <Stack
        direction="row"
        spacing={1.5}
        sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5, mb: 1 }}
      >
        <Typography variant="caption" color="text.secondary">
          {t('ratings.asOf', { time: formatMoscowShort(report?.nowMs ?? nowMs, language) })} ·{' '}
          {sync.lastSuccessAt
            ? t('ratings.lastSync', { time: formatMoscowShort(sync.lastSuccessAt, language) })
            : t('ratings.neverSynced')}
        </Typography>
        {report && (
          <CityAgreement local={report.current} state={city.state} lastSyncAt={sync.lastSuccessAt} />
        )}
      </Stack>
      <HistoryIncompleteNotice />
      <Box sx={{ height: 4, mb: 1 }} data-print="hide">
        {computing && <LinearProgress aria-label={t('ratings.computing')} data-testid="ratings-computing" />}
      </Box>
      {error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {t('ratings.failed', { message: error })}
        </Alert>
      )}
      {report === null ? (
        <Box aria-busy>
          <Typography color="text.secondary">{t('ratings.computing')}</Typography>
          <Skeleton variant="rectangular" height={120} sx={{ mt: 1 }} />
          <Skeleton variant="rectangular" height={260} sx={{ mt: 2 }} />
        </Box>
      ) : (
        // While figures are recomputed the old ones stay at full contrast: the bar above says so.
        <Stack spacing={2}>
          <KpiCards current={report.current} previous={report.previous} />
          <Box
            className="ratings-charts"
            sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '3fr 2fr' } }}
          >
            <TrendChart weeks={report.weeks} />
            <ScoreDistributionChart counts={report.current.scoreCounts} total={report.current.ratings} />
          </Box>
          <FixFirst breakdowns={report.breakdowns} />
          <BreakdownPanel breakdowns={report.breakdowns} />
          <ReturnReasonsCard reasons={report.returnReasons} />
          <RepeatsCard repeats={repeats} />
          <Box
            sx={{
              display: 'grid',
              gap: 2,
              // Half each up to 1536 px: at 1280 a narrower city table ran past its panel.
              gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr', xl: '2fr 3fr' },
              alignItems: 'start',
            }}
          >
            <CityComparison
              local={report.current}
              state={city.state}
              lastSyncAt={sync.lastSuccessAt}
              onRetry={city.retry}
            />
            <LowRatedList lowRated={report.lowRated} />
          </Box>
        </Stack>
      )}
    </Box>
  );
}
