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

/** A calendar date typed and shown as 01.12.2026, whatever the computer's locale. */
export function MoscowDateField({ label, value, max, error, helperText, onChange, sx }: Props) {
  const { language } = useLanguage();
  return (
    <DatePicker
      label={label}
      value={value ? wallDateOfIsoDate(value) : null}
      format={datePatterns[language]}
      {...(max ? { maxDate: wallDateOfIsoDate(max) } : {})}
      onChange={(wall) => onChange(isoDateOfWallDate(wall) ?? '')}
      slotProps={{ textField: { size: 'small', error: error ?? false, helperText } }}
      {...(sx ? { sx } : {})}
    />
  );
}
