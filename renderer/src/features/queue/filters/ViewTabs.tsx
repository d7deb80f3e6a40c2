import { memo } from 'react';
import { localeOf } from '@shared/i18n';
import { Box, Tab, Tabs } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/ipc';
import { queueViews, type QueueView, type ViewCounts } from '../model/views';

interface Props {
  language: Language;
  view: QueueView;
  counts: ViewCounts | null;
  onChange: (view: QueueView) => void;
}

// Views that ask for action get their count in colour when they have any.
const alarming: ReadonlySet<QueueView> = new Set(['overdue', 'returned', 'reopened', 'unassigned', 'new']);

/** The ready views with live counts over the whole replica; memoised: counts change with the data, not the filters. */
export const ViewTabs = memo(function ViewTabs({ language, view, counts, onChange }: Props) {
  const { t } = useTranslation();
  const numbers = new Intl.NumberFormat(localeOf[language]);
  return (
    <Tabs
      value={view}
      onChange={(_event, next: QueueView) => onChange(next)}
      variant="scrollable"
      scrollButtons="auto"
      aria-label={t('queue.views.label')}
      sx={{
        minHeight: 38,
        '& .MuiTab-root': { minHeight: 38, py: 0.5, px: 1.5, textTransform: 'none', fontSize: 13 },
      }}
    >
      {queueViews.map((id) => {
        const count = counts?.[id];
        return (
          <Tab
            key={id}
            value={id}
            data-testid={`view-${id}`}
            label={
              <Box component="span" sx={{ display: 'inline-flex', gap: 0.75, alignItems: 'baseline' }}>
                {t(`queue.views.${id}`)}
                <Box
                  component="span"
                  data-testid={`view-count-${id}`}
                  sx={{
                    fontSize: 12,
                    fontWeight: 600,
                    px: 0.75,
                    borderRadius: 8,
                    fontVariantNumeric: 'tabular-nums',
                    bgcolor:
                      count && alarming.has(id) ? (id === 'overdue' ? '#fdecea' : '#e8eef6') : '#f0f2f4',
                    color: count && id === 'overdue' ? 'error.main' : 'text.secondary',
                  }}
                >
                  {count === undefined ? '…' : numbers.format(count)}
                </Box>
              </Box>
            }
          />
        );
      })}
    </Tabs>
  );
});
