// CSV as Russian Excel opens it without an import wizard:
// - UTF-8 with a byte-order mark, without which Excel reads the file as Windows-1251 and the
//   Cyrillic turns to mojibake;
// - `;` between fields, because Excel splits on the system's list separator, and on a Russian
//   Windows that is `;` (the comma is the decimal separator there), so `,` would leave
//   everything in column A;
// - decimal commas and `dd.MM.yyyy HH:mm` dates, which that same Excel reads as numbers and dates;
// - CRLF line ends (RFC 4180).

export const BOM = '\uFEFF';
export const SEPARATOR = ';';
export const LINE_END = '\r\n';

const NEEDS_QUOTES = /[";\r\n]/;
// Residents write these texts: a field starting with = + - @ would be run as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, quoted when it must be and defused when Excel would take it for a formula. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return csvNumber(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A number with a decimal comma and at most `decimals` decimals: 12,5. */
export function csvNumber(value: number, decimals = 2): string {
  const factor = 10 ** decimals;
  return String(Math.round(value * factor) / factor).replace('.', ',');
}

export function csvLine(fields: readonly (string | number | null)[]): string {
  return fields.map(csvField).join(SEPARATOR);
}

const pad = (value: number) => String(value).padStart(2, '0');

/** `dd.MM.yyyy HH:mm` in Moscow (UTC+3 all year since 2014). */
export function csvMoscowTime(ms: number): string {
  const moscow = new Date(ms + 3 * 3_600_000);
  return (
    `${pad(moscow.getUTCDate())}.${pad(moscow.getUTCMonth() + 1)}.${moscow.getUTCFullYear()} ` +
    `${pad(moscow.getUTCHours())}:${pad(moscow.getUTCMinutes())}`
  );
}

/** `dd.MM.yyyy` of a `YYYY-MM-DD` date. */
export function csvDate(isoDate: string): string {
  return `${isoDate.slice(8, 10)}.${isoDate.slice(5, 7)}.${isoDate.slice(0, 4)}`;
}
