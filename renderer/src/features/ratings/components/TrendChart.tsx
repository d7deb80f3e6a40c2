import { useTheme } from '@mui/material';
import { LineChart } from '@mui/x-charts/LineChart';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/desk-context';
import type { WeekPoint } from '../compute/trend';
import { formatDayMonth, formatDecimal } from '../format';
import { Section } from './Section';

/** On-time share and average score, week by week (ISO weeks of receipt, Moscow). */
export function TrendChart({ weeks }: { weeks: readonly WeekPoint[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const theme = useTheme();
  // A week only partly in the period (this week so far, above all) is starred: its share is of fewer days.
  const labels = weeks.map((week) => `${formatDayMonth(week.monday, language)}${week.partial ? '*' : ''}`);
  const caption = weeks.some((week) => week.partial)
    ? `${t('ratings.trend.caption')} · ${t('ratings.trend.partial')}`
    : t('ratings.trend.caption');
  const hasData = weeks.some((week) => week.onTimeShare !== null || week.avgScore !== null);
  return (
    <Section title={t('ratings.trend.title')} caption={caption} testId="ratings-trend">
      <LineChart
        height={240}
        margin={{ left: 8, right: 16, top: 14, bottom: 4 }}
        localeText={{ noData: t('ratings.noData'), loading: t('ratings.computing') }}
        skipAnimation
        xAxis={[
          {
            scaleType: 'point',
            // Room for a line of tick labels in any fallback font; too little and they are cut to nothing.
            height: 32,
            data: labels,
            valueFormatter: (label: string, context) =>
              context.location === 'tooltip'
                ? `${label} · ${t('ratings.trend.week', { week: weeks[labels.indexOf(label)]?.week ?? '' })}`
                : label,
          },
        ]}
        yAxis={[
          {
            id: 'share',
            min: 0,
            max: 100,
            // Wide enough for «100 %» in any fallback font: a narrower axis cuts it to «10…».
            width: 56,
            tickInterval: [0, 25, 50, 75, 100],
            valueFormatter: (value: number) => `${value} %`,
          },
          {
            id: 'score',
            min: 1,
            max: 5,
            position: 'right',
            width: 36,
            tickInterval: [1, 2, 3, 4, 5],
            // Whole scores: «2», not «2,0» cut to «2,0…».
            valueFormatter: (value: number) => formatDecimal(value, language, 0),
          },
        ]}
        series={
          hasData
            ? [
                {
                  id: 'onTime',
                  label: t('ratings.trend.onTime'),
                  yAxisId: 'share',
                  curve: 'linear',
                  // A mark on each week: the weeks are the data, and a lone week is otherwise invisible.
                  showMark: true,
                  data: weeks.map((week) => (week.onTimeShare === null ? null : week.onTimeShare * 100)),
                  color: theme.palette.primary.main,
                  valueFormatter: (value) =>
                    value === null ? '—' : `${formatDecimal(value, language, 1)} %`,
                },
                {
                  id: 'avgScore',
                  label: t('ratings.trend.avgScore'),
                  yAxisId: 'score',
                  curve: 'linear',
                  showMark: true,
                  data: weeks.map((week) => week.avgScore),
                  color: theme.palette.secondary.main,
                  valueFormatter: (value) => (value === null ? '—' : formatDecimal(value, language, 2)),
                },
              ]
            : []
        }
        grid={{ horizontal: true }}
      />
    </Section>
  );
}
