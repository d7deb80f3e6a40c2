import { Button, Stack, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate, lastDayOf, periodPresets, type PeriodPreset } from '../compute/period';
import type { PeriodControl } from '../hooks/use-period-choice';
import { MoscowDateField } from '../../../components/moscow-date/MoscowDateField';

/** The periods a manager thinks in, or dates of one's own. */
export function PeriodPicker({ control }: { control: PeriodControl }) {
  const { t } = useTranslation();
  const { choice, today } = control;
  const [editing, setEditing] = useState(choice.preset === 'custom');
  const [from, setFrom] = useState(choice.current.from);
  const [through, setThrough] = useState(lastDayOf(choice.current));
  const whole = isIsoDate(from) && isIsoDate(through);
  // Out of order only once both dates are whole: a date still being typed is not an error.
  const disordered = whole && from > through;
  const valid = whole && !disordered;

  const choose = (_event: unknown, next: unknown) => {
    const preset = periodPresets.find((value) => value === next);
    if (preset === undefined) return;
    if (preset === 'custom') {
      setFrom(choice.current.from);
      setThrough(lastDayOf(choice.current));
      setEditing(true);
      return;
    }
    setEditing(false);
    control.choosePreset(preset);
  };

  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (valid) control.chooseDates(from, through);
  };

  const selected: PeriodPreset = editing ? 'custom' : choice.preset;
  return (
    <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
      <ToggleButtonGroup
        size="small"
        exclusive
        value={selected}
        onChange={choose}
        aria-label={t('ratings.period.label')}
        data-testid="period-picker"
      >
        {periodPresets.map((preset) => (
          <ToggleButton key={preset} value={preset} sx={{ px: 1.5, py: 0.4, textTransform: 'none' }}>
            {t(`ratings.period.${preset}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      {editing && (
        <Stack component="form" direction="row" spacing={1} onSubmit={apply} sx={{ alignItems: 'center' }}>
          <MoscowDateField
            label={t('ratings.period.from')}
            value={from}
            max={today}
            onChange={setFrom}
            sx={{ width: 170 }}
          />
          <MoscowDateField
            label={t('ratings.period.through')}
            value={through}
            max={today}
            onChange={setThrough}
            error={disordered}
            helperText={disordered ? t('ratings.period.invalid') : undefined}
            sx={{ width: 170 }}
          />
          <Button type="submit" variant="outlined" size="small" disabled={!valid}>
            {t('ratings.period.apply')}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
