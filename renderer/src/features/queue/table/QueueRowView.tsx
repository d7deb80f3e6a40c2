import { memo, type MouseEvent } from 'react';
import { styled } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/ipc';
import { DeadlineChip } from '../../../components/deadline/DeadlineChip';
import { formatCompactDateTime } from '../../../components/deadline/compact-dates';
import { StatusChip } from '../../../components/StatusChip';
import { PriorityLabel } from '../../../components/PriorityLabel';
import type { QueueRow } from '../model/queue-row';
import { staffName, topicName, type QueueLookups } from '../model/lookups';
import { ROW_HEIGHT, type ColumnDef } from './columns';
import { AssigneeCell } from './AssigneeCell';
import { RepeatBadge } from '../clusters/RepeatBadge';

export const rowDomId = (id: string): string => `queue-row-${id}`;

interface Props {
  row: QueueRow;
  /** Position among the rows shown, from 0. */
  index: number;
  top: number;
  columns: readonly ColumnDef[];
  template: string;
  lookups: QueueLookups;
  nowMs: number;
  language: Language;
  checked: boolean;
  /** The keyboard's place in the list. */
  active: boolean;
  /** Shown in the panel. */
  open: boolean;
  canSelect: boolean;
  /** A repeat complaint: marked beside its number. */
  repeat: boolean;
  onToggle: (id: string, index: number, range: boolean) => void;
  onOpen: (id: string, index: number) => void;
}

// The row and its cells are styled once for all rows; what differs per row (position, state)
// goes in inline style and data attributes. Rendering a screenful stays a few milliseconds.
const Row = styled('div')(({ theme }) => ({
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
  '&[data-checked]': { backgroundColor: '#f0f6fd' },
  '&[data-open]': { backgroundColor: '#e6eef8', boxShadow: 'inset 3px 0 0 #1f5fa8' },
  '&:hover': { backgroundColor: '#f5f8fb' },
  '&[data-open]:hover': { backgroundColor: '#dde8f6' },
  // The keyboard's row is outlined only while the list has focus, as focus should be.
  '[role="grid"]:focus &[data-active]': { outline: '2px solid #1f5fa8', outlineOffset: -2 },
  '& > div': { minWidth: 0, display: 'flex', alignItems: 'center' },
  '& > div[data-checkbox]': { justifyContent: 'center' },
  '& input[type="checkbox"]': { width: 15, height: 15, margin: 0, cursor: 'pointer', accentColor: '#1f5fa8' },
}));

const Text = styled('span')(({ theme }) => ({
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
  '&[data-strong]': { fontWeight: 500, fontVariantNumeric: 'tabular-nums' },
  '&[data-muted]': { color: theme.palette.text.secondary, fontVariantNumeric: 'tabular-nums' },
}));

function Cell({
  row,
  column,
  lookups,
  nowMs,
  language,
  repeat,
}: Pick<Props, 'row' | 'lookups' | 'nowMs' | 'language' | 'repeat'> & { column: ColumnDef }) {
  switch (column.id) {
    case 'number':
      return (
        <>
          <Text data-strong>{row.number}</Text>
          {repeat && <RepeatBadge />}
        </>
      );
    case 'topic': {
      const topic = topicName(lookups, row.categoryId);
      return <Text title={topic}>{topic}</Text>;
    }
    case 'address':
      return <Text title={row.address}>{row.address}</Text>;
    case 'district':
      return (
        <Text data-muted title={row.district}>
          {row.district}
        </Text>
      );
    case 'deadline':
      return (
        <DeadlineChip
          deadlineMs={row.deadlineMs}
          nowMs={nowMs}
          resolved={row.status === 'resolved'}
          language={language}
        />
      );
    case 'status':
      return <StatusChip status={row.status} />;
    case 'assignee':
      return <AssigneeCell row={row} name={staffName(lookups, row.assigneeId)} />;
    case 'priority':
      return <PriorityLabel priority={row.priority} />;
    case 'received':
      return <Text data-muted>{formatCompactDateTime(row.receivedMs, language, nowMs)}</Text>;
  }
}

/** One issue in the queue: a fixed-height grid row, positioned by the virtual list. */
export const QueueRowView = memo(function QueueRowView(props: Props) {
  const { t } = useTranslation();
  const { row, index, top, columns, template, checked, active, open, canSelect, onToggle, onOpen } = props;
  const toggle = (event: MouseEvent<HTMLInputElement>) => {
    event.stopPropagation();
    onToggle(row.id, index, event.shiftKey);
  };
  return (
    <Row
      role="row"
      id={rowDomId(row.id)}
      aria-rowindex={index + 2}
      aria-selected={checked}
      data-testid="queue-row"
      data-issue-id={row.id}
      data-active={active || undefined}
      data-open={open || undefined}
      data-checked={checked || undefined}
      onClick={() => onOpen(row.id, index)}
      style={{
        transform: `translateY(${top}px)`,
        gridTemplateColumns: template,
        paddingLeft: canSelect ? 0 : 12,
      }}
    >
      {canSelect && (
        <div role="gridcell" data-checkbox>
          <input
            type="checkbox"
            checked={checked}
            onClick={toggle}
            onChange={() => {}}
            tabIndex={-1}
            aria-label={t('queue.columns.select', { number: row.number })}
          />
        </div>
      )}
      {columns.map((column) => (
        <div role="gridcell" key={column.id}>
          <Cell {...props} column={column} />
        </div>
      ))}
    </Row>
  );
});
