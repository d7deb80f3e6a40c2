import type { Theme } from '@mui/material/styles';
import { deadlineChipStyles } from '../../../components/deadline/DeadlineChip';
import { priorityLabelStyles } from '../../../components/PriorityLabel';
import { statusChipStyles } from '../../../components/StatusChip';
import { ROW_HEIGHT } from './columns';

/**
 * Every rule of the queue's rows and cells, applied once to the element that holds them: the
 * rows themselves are plain elements with data attributes. A styled component per cell costs
 * its styles' serialisation at every render, which was most of the time of drawing a screenful
 * of rows for a new filter or sort.
 */
export const rowGroupStyles = ({ theme }: { theme: Theme }) => ({
  '& > [role="row"]': {
    position: 'absolute',
    top: 0,
    left: 0,
    right: 0,
    height: ROW_HEIGHT,
    display: 'grid',
    alignItems: 'center',
    columnGap: 12,
    paddingRight: 12,
    fontSize: 13,
    cursor: 'pointer',
    borderBottom: `1px solid ${theme.palette.divider}`,
    backgroundColor: theme.palette.background.paper,
    // A row lays out and paints on its own: new text in one row is no work for the others.
    contain: 'strict',
    '&[data-checked]': { backgroundColor: '#f0f6fd' },
    '&[data-open]': { backgroundColor: '#e6eef8', boxShadow: 'inset 3px 0 0 #1f5fa8' },
    '&:hover': { backgroundColor: '#f5f8fb' },
    '&[data-open]:hover': { backgroundColor: '#dde8f6' },
    '& > div': { minWidth: 0, display: 'flex', alignItems: 'center' },
    '& > div[data-checkbox]': { justifyContent: 'center' },
    '& input[type="checkbox"]': {
      width: 15,
      height: 15,
      margin: 0,
      cursor: 'pointer',
      accentColor: '#1f5fa8',
    },
  },
  // The keyboard's row is outlined only while the list has focus, as focus should be.
  '[role="grid"]:focus & > [role="row"][data-active]': { outline: '2px solid #1f5fa8', outlineOffset: -2 },
  '& [data-text]': {
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    '&[data-strong]': { fontWeight: 500, fontVariantNumeric: 'tabular-nums' },
    '&[data-muted]': { color: theme.palette.text.secondary, fontVariantNumeric: 'tabular-nums' },
  },
  '& [data-deadline]': deadlineChipStyles,
  '& [data-status]': statusChipStyles,
  '& [data-priority]': priorityLabelStyles({ theme }),
  '& [data-assignee]': {
    display: 'flex',
    alignItems: 'center',
    gap: 4,
    minWidth: 0,
    '& svg': { fontSize: 15, flexShrink: 0 },
    '& [data-icon="pending"]': { color: theme.palette.info.main, display: 'flex' },
    '& [data-icon="refused"]': { color: theme.palette.warning.main, display: 'flex' },
    '& > span:last-of-type': { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
    '&[data-none] > span:last-of-type': { color: theme.palette.text.secondary },
    '&[data-change="pending"] > span:last-of-type': { fontStyle: 'italic' },
  },
});
