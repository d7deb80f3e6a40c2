import { failureSentence } from '../../../i18n/failure';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import {
  Alert,
  Box,
  Button,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/desk-context';
import { compareWithCity, type CityFigureComparison } from '../compute/city-comparison';
import type { Figures } from '../compute/figures';
import type { CityStatsState } from '../hooks/use-city-stats';
import { formatCount, formatDecimal } from '../format';
import { reasonText } from './reason-text';
import { Section } from './Section';

// Figures wrap at their own spaces (a count's thin spaces do not break): a long one stays in the panel.
const numeric = { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } as const;

function useFigureText() {
  const { language } = useLanguage();
  return (row: CityFigureComparison, value: CityFigureComparison['local']): string => {
    if (value === null) return '—';
    if (typeof value !== 'number') return value.map((count) => formatCount(count, language)).join(' · ');
    if (row.id === 'avgScore') return formatDecimal(value, language, 2);
    if (row.id === 'medianHours') return formatDecimal(value, language, 1);
    return formatCount(value, language);
  };
}

function ComparisonTable(props: { rows: readonly CityFigureComparison[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const text = useFigureText();
  // Each reason once, with the figures it explains.
  const reasons = new Map<string, string[]>();
  for (const row of props.rows) {
    for (const reason of row.reasons) {
      const words = reasonText(reason, language, t);
      reasons.set(words, [...(reasons.get(words) ?? []), t(`ratings.city.figures.${row.id}`)]);
    }
  }
  const differing = props.rows.filter((row) => row.differs).length;
  return (
    <>
      <Alert
        severity={differing === 0 ? 'success' : 'warning'}
        variant="outlined"
        sx={{ mb: 1, py: 0 }}
        data-testid="city-summary"
      >
        {differing === 0 ? t('ratings.city.allMatch') : t('ratings.city.differences', { count: differing })}
      </Alert>
      <Table size="small" data-testid="city-table" sx={{ '& td, & th': { px: 0.75 } }}>
        <TableHead>
          <TableRow>
            <TableCell>{t('ratings.city.figure')}</TableCell>
            <TableCell sx={numeric}>{t('ratings.city.local')}</TableCell>
            <TableCell sx={numeric}>{t('ratings.city.cityColumn')}</TableCell>
            <TableCell sx={{ width: 28, px: 0.5 }} />
          </TableRow>
        </TableHead>
        <TableBody>
          {props.rows.map((row) => (
            <TableRow key={row.id} data-testid={`city-row-${row.id}`} data-differs={row.differs}>
              <TableCell>{t(`ratings.city.figures.${row.id}`)}</TableCell>
              <TableCell sx={numeric}>{text(row, row.local)}</TableCell>
              <TableCell sx={{ ...numeric, fontWeight: row.differs ? 600 : undefined }}>
                {text(row, row.city)}
              </TableCell>
              <TableCell sx={{ width: 28, px: 0.5, lineHeight: 0 }}>
                {row.differs ? (
                  <ErrorOutlineIcon
                    color="warning"
                    fontSize="small"
                    titleAccess={t('ratings.city.differs')}
                  />
                ) : (
                  <CheckCircleOutlineIcon
                    color="success"
                    fontSize="small"
                    titleAccess={t('ratings.city.same')}
                  />
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Box component="ul" sx={{ m: 0, mt: 1, pl: 2.5 }} data-testid="city-reasons">
        {[...reasons].map(([words, figures]) => (
          <Typography
            component="li"
            variant="caption"
            color="text.secondary"
            key={words}
            sx={{ display: 'list-item' }}
          >
            <strong>{figures.join(', ')}.</strong> {words}
          </Typography>
        ))}
      </Box>
    </>
  );
}

/** The city's own figures beside the local ones, every difference explained. */
export function CityComparison(props: {
  local: Figures;
  state: CityStatsState;
  lastSyncAt: string | null;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const { state } = props;
  return (
    <Section
      title={t('ratings.city.title')}
      caption={t('ratings.city.caption')}
      testId="ratings-city"
      id="ratings-city"
    >
      {state.kind === 'ready' && (
        <ComparisonTable rows={compareWithCity(props.local, state.stats, { lastSyncAt: props.lastSyncAt })} />
      )}
      {state.kind === 'loading' && (
        <Box aria-busy>
          <Typography variant="body2" color="text.secondary">
            {t('ratings.city.loading')}
          </Typography>
          <Skeleton variant="rectangular" height={180} sx={{ mt: 1 }} />
        </Box>
      )}
      {state.kind === 'notManager' && (
        <Alert severity="info" data-testid="city-not-manager">
          {t('ratings.city.notManager')}
        </Alert>
      )}
      {state.kind === 'offline' && (
        <Alert severity="info" data-testid="city-offline">
          {t('ratings.city.offline')}
        </Alert>
      )}
      {state.kind === 'failed' && (
        <Alert
          severity="warning"
          action={
            <Button color="inherit" size="small" onClick={props.onRetry} data-print="hide">
              {t('ratings.city.retry')}
            </Button>
          }
        >
          {t('ratings.city.failed', {
            message: failureSentence(t, { code: state.code, detail: state.message }),
          })}
        </Alert>
      )}
    </Section>
  );
}
