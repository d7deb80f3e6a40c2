import {
  Checkbox,
  FormControl,
  InputLabel,
  ListItemText,
  MenuItem,
  OutlinedInput,
  Select,
} from '@mui/material';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface FilterOption<T extends string> {
  value: T;
  label: string;
}

interface Props<T extends string> {
  label: string;
  options: readonly FilterOption<T>[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
  width?: number;
  testId?: string;
}

/** A compact multiple choice: the chosen values summarised in the field, ticked in the menu. */
export function MultiSelectFilter<T extends string>({
  label,
  options,
  selected,
  onChange,
  width = 130,
  testId,
}: Props<T>) {
  const { t } = useTranslation();
  const id = useId();
  const labelOf = (value: T) => options.find((option) => option.value === value)?.label ?? value;
  return (
    <FormControl size="small" sx={{ width }} data-testid={testId}>
      <InputLabel id={`${id}-label`}>{label}</InputLabel>
      <Select
        labelId={`${id}-label`}
        multiple
        value={[...selected]}
        onChange={(event) => {
          const value = event.target.value;
          const chosen = typeof value === 'string' ? value.split(',') : value;
          onChange(options.filter((option) => chosen.includes(option.value)).map((option) => option.value));
        }}
        input={<OutlinedInput label={label} />}
        renderValue={(values) => {
          const [first, ...rest] = values;
          if (first === undefined) return '';
          return rest.length === 0
            ? labelOf(first)
            : t('queue.filters.selected', { first: labelOf(first), more: rest.length });
        }}
        MenuProps={{ slotProps: { paper: { sx: { maxHeight: 420 } } } }}
        sx={{ fontSize: 13 }}
      >
        {options.map((option) => (
          <MenuItem key={option.value} value={option.value} dense>
            <Checkbox size="small" checked={selected.includes(option.value)} sx={{ p: 0.5, mr: 1 }} />
            <ListItemText primary={option.label} slotProps={{ primary: { sx: { fontSize: 13 } } }} />
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}
