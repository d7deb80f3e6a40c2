import { Tab, Tabs } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Breakdowns } from '../compute/breakdowns';
import { BreakdownTable, type BreakdownKind } from './BreakdownTable';
import { Section } from './Section';

const kinds: readonly BreakdownKind[] = ['topic', 'staff', 'street', 'building'];
const rowsOf = (breakdowns: Breakdowns, kind: BreakdownKind) =>
  ({
    topic: breakdowns.byTopic,
    staff: breakdowns.byStaff,
    street: breakdowns.byStreet,
    building: breakdowns.byBuilding,
  })[kind];

/** The period by topic, by assignee, by street and by building. */
export function BreakdownPanel({ breakdowns }: { breakdowns: Breakdowns }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<BreakdownKind>('topic');
  return (
    <Section
      title={t('ratings.breakdown.title')}
      caption={t('ratings.breakdown.hint')}
      testId="ratings-breakdown"
    >
      <Tabs
        value={kind}
        onChange={(_event, next: unknown) => setKind(kinds.find((value) => value === next) ?? 'topic')}
        variant="scrollable"
        sx={{
          minHeight: 36,
          mb: 1,
          '& .MuiTab-root': { minHeight: 36, py: 0.5, textTransform: 'none', fontSize: 14 },
        }}
      >
        {kinds.map((value) => (
          <Tab key={value} value={value} label={t(`ratings.breakdown.tabs.${value}`)} />
        ))}
      </Tabs>
      <BreakdownTable key={kind} kind={kind} rows={rowsOf(breakdowns, kind)} />
    </Section>
  );
}
