import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslation } from 'react-i18next';
import type { ScoreCounts } from '../compute/figures';
import { scores } from '../compute/figures';
import { Section } from './Section';

// From red to green: the eye reads the shape of the distribution before the numbers.
const scoreColours = ['#c62828', '#ef6c00', '#f9a825', '#7cb342', '#2e7d32'];

/** How many answers residents scored 1, 2, 3, 4 and 5. */
export function ScoreDistributionChart({ counts, total }: { counts: ScoreCounts; total: number }) {
  const { t } = useTranslation();
  return (
    <Section
      title={t('ratings.distribution.title')}
      caption={t('ratings.distribution.caption', { count: total })}
      testId="ratings-distribution"
    >
      <BarChart
        height={240}
        margin={{ left: 4, right: 8, top: 14, bottom: 4 }}
        localeText={{ noData: t('ratings.noData'), loading: t('ratings.computing') }}
        skipAnimation
        hideLegend
        xAxis={[
          {
            scaleType: 'band',
            // Room for a line of tick labels in any fallback font; too little and they are cut to nothing.
            height: 32,
            data: scores.map(String),
            colorMap: { type: 'ordinal', values: scores.map(String), colors: scoreColours },
            valueFormatter: (score: string, context) =>
              context.location === 'tooltip' ? t('ratings.distribution.score', { score }) : score,
          },
        ]}
        // Headroom above the tallest bar, so that its count (written above it) is not cut off.
        yAxis={[
          {
            // Room for a count in the thousands («1 200»), whole numbers only.
            width: 52,
            tickMinStep: 1,
            valueFormatter: (value: number) => String(Math.round(value)),
            max: Math.max(1, Math.ceil(Math.max(...scores.map((score) => counts[score])) * 1.15)),
          },
        ]}
        series={
          total === 0
            ? []
            : [
                {
                  label: t('ratings.distribution.series'),
                  data: scores.map((score) => counts[score]),
                  barLabel: (item) => (item.value ? String(item.value) : null),
                  barLabelPlacement: 'outside',
                },
              ]
        }
        grid={{ horizontal: true }}
      />
    </Section>
  );
}
