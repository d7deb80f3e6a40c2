import type { ElementType } from 'react';
import { styled } from '@mui/material/styles';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/ipc';
import { countdownLong, countdownShort } from './countdown-text';
import { deadlineState } from './deadline-state';
import { formatCompactDate, formatFullDateTime } from './compact-dates';

interface Props {
  deadlineMs: number;
  nowMs: number;
  /** A resolved issue shows its deadline without a countdown. */
  resolved: boolean;
  language: Language;
  /** 'cell': for a dense table; 'block': larger, for a panel's header. */
  variant?: 'cell' | 'block';
}

// Styled once, coloured by data attributes: it is drawn in every visible row of the queue
// (which applies the same rules to plain elements of its own, `[data-deadline]`).
export const deadlineChipStyles = {
  display: 'inline-flex',
  alignItems: 'baseline',
  gap: 6,
  maxWidth: '100%',
  whiteSpace: 'nowrap',
  overflow: 'hidden',
  fontSize: 12.5,
  fontVariantNumeric: 'tabular-nums',
  '&[data-variant="block"]': { fontSize: 14 },
  '&[data-tone="overdue"]': { color: '#b71c1c', fontWeight: 600 },
  '&[data-tone="today"]': { color: '#8a4b00', fontWeight: 600 },
  '&[data-tone="closed"]': { color: 'rgba(0, 0, 0, 0.6)' },
  '& > span:first-of-type': { flexShrink: 0 },
  '& > span + span': { padding: '0 6px', borderRadius: 4, overflow: 'hidden', textOverflow: 'ellipsis' },
  '&[data-tone="overdue"] > span + span': { backgroundColor: '#fdecea' },
  '&[data-tone="today"] > span + span': { backgroundColor: '#fff4e0' },
} as const;
const Root = styled('span')(deadlineChipStyles);

/**
 * A deadline with its countdown in working days and hours: red when overdue, amber when it
 * falls today. Shared by the queue, the issue panel and every list that shows a deadline.
 */
export function DeadlineChip(props: Props) {
  const { t } = useTranslation();
  return <DeadlineMark {...props} t={t} root={Root} />;
}

/**
 * What the chip shows, on an element of the caller's choice: a plain span for a dense table
 * that applies `deadlineChipStyles` to all its rows at once instead of styling every cell.
 */
export function DeadlineMark({
  deadlineMs,
  nowMs,
  resolved,
  language,
  variant = 'cell',
  t,
  root: Element = 'span',
}: Props & { t: TFunction; root?: ElementType }) {
  const state = deadlineState(nowMs, deadlineMs, resolved);
  const short = countdownShort(state, t);
  const title = [t('common.deadline.dueAt', { when: formatFullDateTime(deadlineMs, language) })]
    .concat(state.tone === 'closed' ? [] : [countdownLong(state, t)])
    .join('. ');
  return (
    <Element
      data-deadline=""
      data-tone={state.tone}
      data-variant={variant}
      data-testid="deadline"
      title={title}
      aria-label={title}
    >
      <span>{formatCompactDate(deadlineMs, language, nowMs)}</span>
      {short !== '' && <span>{short}</span>}
    </Element>
  );
}
