import { useState } from 'react';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import type { SxProps, Theme } from '@mui/material';
import { useLanguage } from '../../app/desk-context';
import { datePatterns, isoDateOfWallDate, wallDateOfIsoDate } from './wall-time';

interface Props {
  label: string;
  /** A Moscow calendar date, `YYYY-MM-DD`. */
  value: string;
  /** The last date one may choose, `YYYY-MM-DD`. */
  max?: string;
  error?: boolean;
  helperText?: string | undefined;
  /** Called with `YYYY-MM-DD`, or '' while the field holds no whole date. */
  onChange: (date: string) => void;
  sx?: SxProps<Theme>;
}

const wallOf = (date: string): Date | null => (date ? wallDateOfIsoDate(date) : null);

/** A calendar date typed and shown as 01.12.2026, whatever the computer's locale. */
export function MoscowDateField({ label, value, max, error, helperText, onChange, sx }: Props) {
  const { language } = useLanguage();
  // The field keeps what is typed so far (a year of «2» on the way to 2026): handing it back
  // the '' reported for a half-typed date would clear the day and month already typed.
  const [field, setField] = useState({ reported: value, wall: wallOf(value) });
  if (field.reported !== value) setField({ reported: value, wall: wallOf(value) });
  return (
    <DatePicker
      label={label}
      value={field.wall}
      format={datePatterns[language]}
      {...(max ? { maxDate: wallDateOfIsoDate(max) } : {})}
      onChange={(wall) => {
        const date = isoDateOfWallDate(wall) ?? '';
        setField({ reported: date, wall });
        onChange(date);
      }}
      slotProps={{ textField: { size: 'small', error: error ?? false, helperText } }}
      {...(sx ? { sx } : {})}
    />
  );
}
