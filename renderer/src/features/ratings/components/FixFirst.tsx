import { Box, Link, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useLanguage } from '../../../app/desk-context';
import type { BreakdownRow, Breakdowns } from '../compute/breakdowns';
import { queueHref } from '../queue-links';
import { defaultBreakdownSort, sortBreakdown } from './breakdown-sort';
import { Section } from './Section';

const lines = [
  { kind: 'topic', of: (breakdowns: Breakdowns) => breakdowns.byTopic },
  { kind: 'staff', of: (breakdowns: Breakdowns) => breakdowns.byStaff },
  { kind: 'building', of: (breakdowns: Breakdowns) => breakdowns.byBuilding },
] as const;

/** The topic, the person and the building with the most late answers: where a manager starts. */
export function FixFirst({ breakdowns }: { breakdowns: Breakdowns }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const worst = lines.flatMap(({ kind, of }) => {
    const [top] = sortBreakdown(of(breakdowns), defaultBreakdownSort, () => '', language);
    return top !== undefined && top.figures.late > 0 ? [{ kind, row: top }] : [];
  });
  const nameOf = (kind: (typeof lines)[number]['kind'], row: BreakdownRow) =>
    row.name === null ? t(`ratings.breakdown.none.${kind}`) : row.name[language];
  return (
    <Section
      title={t('ratings.fixFirst.title')}
      caption={t('ratings.fixFirst.caption')}
      testId="ratings-fix-first"
    >
      {worst.length === 0 ? (
        <Typography color="text.secondary">{t('ratings.fixFirst.allOnTime')}</Typography>
      ) : (
        <Box
          component="ul"
          sx={{
            m: 0,
            p: 0,
            display: 'grid',
            gap: 2,
            gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))',
          }}
        >
          {worst.map(({ kind, row }) => (
            <Box component="li" key={kind} sx={{ listStyle: 'none', minWidth: 0 }}>
              <Typography variant="caption" color="text.secondary" component="p">
                {t(`ratings.fixFirst.${kind}`)}
              </Typography>
              <Typography variant="body2" noWrap sx={{ fontWeight: 500 }}>
                <Link
                  component={RouterLink}
                  to={queueHref(row.target)}
                  data-testid={`fix-first-${kind}`}
                  title={nameOf(kind, row)}
                >
                  {nameOf(kind, row)}
                </Link>
              </Typography>
              <Typography variant="body2" sx={{ color: 'error.main' }}>
                {t('ratings.fixFirst.late', { late: row.figures.late, decided: row.figures.decided })}
              </Typography>
            </Box>
          ))}
        </Box>
      )}
    </Section>
  );
}
