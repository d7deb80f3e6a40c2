import { useMemo } from 'react';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import type { SxProps, Theme } from '@mui/material';
import { useLanguage } from '../../app/desk-context';
import { datePatterns, instantOfWallDate, wallDateOfInstant } from './wall-time';

interface Props {
  label: string;
  /** RFC 3339. */
  value: string;
  disabled?: boolean;
  /** Called with a complete Moscow time (RFC 3339, +03:00) only; a half-typed value is kept in the field. */
  onChange: (instant: string) => void;
  sx?: SxProps<Theme>;
  testId?: string;
}

/** A date and time typed and shown as 01.12.2026 10:23, in Moscow time whatever the computer's zone. */
export function MoscowDateTimeField({ label, value, disabled, onChange, sx, testId }: Props) {
  const { language } = useLanguage();
  const wall = useMemo(() => wallDateOfInstant(value), [value]);
  return (
    <DateTimePicker
      label={label}
      value={wall}
      disabled={disabled ?? false}
      ampm={false}
      format={`${datePatterns[language]} HH:mm`}
      onChange={(wall) => {
        const instant = instantOfWallDate(wall);
        if (instant) onChange(instant);
      }}
      slotProps={{ textField: { ...(testId ? { inputProps: { 'data-testid': testId } } : {}) } }}
      {...(sx ? { sx } : {})}
    />
  );
}
