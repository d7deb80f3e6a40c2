import {
  Box,
  Link,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useLanguage } from '../../../app/desk-context';
import type { PeriodRepeats, RepeatRow } from '../compute/period-repeats';
import { formatCount, formatShare } from '../format';
import { queueHref } from '../queue-links';
import { InlineBar } from './InlineBar';
import { Section } from './Section';
import { ShowAllButton } from './ShowAllButton';

/** At most this many rows a table: the places where fixes fail most. */
const ROWS = 8;

function RepeatTable({ title, rows }: { title: string; rows: readonly RepeatRow[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [showAll, setShowAll] = useState(false);
  return (
    <Box sx={{ minWidth: 0 }} data-testid="repeats-table">
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{title}</TableCell>
            <TableCell align="right">{t('repeats.repeats')}</TableCell>
            <TableCell align="right">{t('repeats.share')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(showAll ? rows : rows.slice(0, ROWS)).map((row) => {
            const name = row.name === null ? t('repeats.nobody') : row.name[language];
            return (
              <TableRow key={row.key} data-testid="repeat-row">
                <TableCell sx={{ overflowWrap: 'break-word' }}>
                  {row.target === null ? (
                    name
                  ) : (
                    <Link
                      component={RouterLink}
                      to={queueHref(row.target)}
                      underline="hover"
                      color="inherit"
                      aria-label={t('repeats.openQueue', { name })}
                    >
                      {name}
                    </Link>
                  )}
                </TableCell>
                <TableCell align="right">{formatCount(row.count, language)}</TableCell>
                <TableCell align="right">
                  <InlineBar
                    text={formatShare(row.share, language)}
                    fraction={row.share}
                    colour="error.main"
                  />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {rows.length > ROWS && (
        <ShowAllButton count={rows.length} showAll={showAll} onToggle={() => setShowAll(!showAll)} />
      )}
    </Box>
  );
}

/**
 * Repeat complaints of the period by topic, building and who resolved the earlier issue; null
 * while they are worked out (after the other figures: they take a sweep of their own).
 */
export function RepeatsCard({ repeats }: { repeats: PeriodRepeats | null }) {
  const { t } = useTranslation();
  return (
    <Section
      title={t('repeats.title')}
      caption={
        repeats !== null && repeats.total > 0 ? t('repeats.caption', { count: repeats.total }) : undefined
      }
      testId="ratings-repeats"
    >
      {repeats === null ? (
        <Box aria-busy data-testid="repeats-computing">
          <Typography color="text.secondary">{t('repeats.computing')}</Typography>
          <Skeleton variant="rectangular" height={120} sx={{ mt: 1 }} />
        </Box>
      ) : repeats.total === 0 ? (
        <Typography color="text.secondary">{t('repeats.none')}</Typography>
      ) : (
        <Box
          className="repeats-tables"
          // Three side by side where each has room for a name, its count and its bar; fewer
          // columns beside the issue panel or on a laptop, so no table runs past the card.
          sx={{
            display: 'grid',
            gap: 2,
            gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 380px), 1fr))',
          }}
        >
          <RepeatTable title={t('repeats.byTopic')} rows={repeats.byTopic} />
          <RepeatTable title={t('repeats.byBuilding')} rows={repeats.byBuilding} />
          <RepeatTable title={t('repeats.byStaff')} rows={repeats.byStaff} />
        </Box>
      )}
    </Section>
  );
}
