import type { ElementType } from 'react';
import { styled } from '@mui/material/styles';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { IssueStatus } from '@shared/domain';

// Colours by what the status asks of the company: act now (new, returned, reopened), in hand
// (in progress), waiting on the city (on moderation), done (resolved).
const colors: Record<IssueStatus, { fg: string; bg: string; border: string }> = {
  new: { fg: '#0d47a1', bg: '#e3f0fd', border: '#90c2f5' },
  in_progress: { fg: '#37474f', bg: '#eef1f3', border: '#c5cdd2' },
  on_moderation: { fg: '#00695c', bg: '#e0f2ef', border: '#8fcfc4' },
  resolved: { fg: '#2e6b30', bg: '#edf6ed', border: '#b5d8b6' },
  returned: { fg: '#9a4a00', bg: '#fff1e0', border: '#f3be84' },
  reopened: { fg: '#6a1b9a', bg: '#f4e9f8', border: '#cfa6e0' },
};

// One style for every status, chosen by a data attribute: a table of thousands of rows pays
// for no per-cell styling (the queue applies the same rules to plain elements, `[data-status]`).
export const statusChipStyles = {
  display: 'inline-block',
  maxWidth: '100%',
  padding: '0 6px',
  lineHeight: '18px',
  fontSize: 11.5,
  fontWeight: 500,
  borderRadius: 4,
  border: '1px solid',
  whiteSpace: 'nowrap',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  ...Object.fromEntries(
    Object.entries(colors).map(([status, color]) => [
      `&[data-status="${status}"]`,
      { color: color.fg, backgroundColor: color.bg, borderColor: color.border },
    ]),
  ),
};
const Chip = styled('span')(statusChipStyles);

/** An issue's status as a small translated label; words in `common.status.*`. */
export function StatusChip({ status }: { status: IssueStatus }) {
  const { t } = useTranslation();
  return <StatusMark status={status} t={t} root={Chip} />;
}

/** The label on an element of the caller's choice (a plain span under `statusChipStyles` applied from above). */
export function StatusMark({
  status,
  t,
  root: Element = 'span',
}: {
  status: IssueStatus;
  t: TFunction;
  root?: ElementType;
}) {
  return <Element data-status={status}>{t(`common.status.${status}`)}</Element>;
}
