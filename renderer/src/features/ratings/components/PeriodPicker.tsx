import { Button, Stack, TextField, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate, lastDayOf, periodPresets, type PeriodPreset } from '../compute/period';
import type { PeriodControl } from '../hooks/use-period-choice';

/** This week, month or quarter so far, or dates of one's own. */
export function PeriodPicker({ control }: { control: PeriodControl }) {
  const { t } = useTranslation();
  const { choice, today } = control;
  const [editing, setEditing] = useState(choice.preset === 'custom');
  const [from, setFrom] = useState(choice.current.from);
  const [through, setThrough] = useState(lastDayOf(choice.current));
  const valid = isIsoDate(from) && isIsoDate(through) && from <= through;

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
          <TextField
            type="date"
            size="small"
            label={t('ratings.period.from')}
            value={from}
            onChange={(event) => setFrom(event.target.value)}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today } }}
            sx={{ width: 150 }}
          />
          <TextField
            type="date"
            size="small"
            label={t('ratings.period.through')}
            value={through}
            onChange={(event) => setThrough(event.target.value)}
            error={!valid}
            helperText={valid ? undefined : t('ratings.period.invalid')}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today } }}
            sx={{ width: 150 }}
          />
          <Button type="submit" variant="outlined" size="small" disabled={!valid}>
            {t('ratings.period.apply')}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
