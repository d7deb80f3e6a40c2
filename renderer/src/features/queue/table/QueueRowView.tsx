import { memo, type MouseEvent } from 'react';
import type { TFunction } from 'i18next';
import type { Language } from '@shared/ipc';
import { DeadlineMark } from '../../../components/deadline/DeadlineChip';
import { formatCompactDateTime } from '../../../components/deadline/compact-dates';
import { StatusMark } from '../../../components/StatusChip';
import { PriorityMark } from '../../../components/PriorityLabel';
import type { QueueRow } from '../model/queue-row';
import { staffName, topicName, type QueueLookups } from '../model/lookups';
import type { ColumnDef } from './columns';
import { AssigneeCell } from './AssigneeCell';
import { RepeatMark } from '../clusters/RepeatMark';

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
  /** A repeat complaint: marked before its topic. */
  repeat: boolean;
  onToggle: (id: string, index: number, range: boolean) => void;
  onOpen: (id: string, index: number) => void;
  /** The table's translation function: one lookup of the i18n context for all rows. */
  t: TFunction;
}

// Plain elements only: every rule is applied once by the row group (row-styles.ts).
function Cell({
  row,
  column,
  lookups,
  nowMs,
  language,
  t,
  repeat,
}: Pick<Props, 'row' | 'lookups' | 'nowMs' | 'language' | 't' | 'repeat'> & { column: ColumnDef }) {
  switch (column.id) {
    case 'number':
      return (
        <span data-text="" data-strong="">
          {row.number}
        </span>
      );
    case 'topic': {
      // The repeat mark leads the topic: the topic's width gives, the number's does not.
      const topic = topicName(lookups, row.categoryId);
      return (
        <>
          {repeat && <RepeatMark t={t} />}
          <span data-text="" title={topic}>
            {topic}
          </span>
        </>
      );
    }
    case 'address':
      return (
        <span data-text="" title={row.address}>
          {row.address}
        </span>
      );
    case 'district':
      return (
        <span data-text="" data-muted="" title={row.district}>
          {row.district}
        </span>
      );
    case 'deadline':
      return (
        <DeadlineMark
          deadlineMs={row.deadlineMs}
          nowMs={nowMs}
          resolved={row.status === 'resolved'}
          language={language}
          t={t}
        />
      );
    case 'status':
      return <StatusMark status={row.status} t={t} />;
    case 'assignee':
      return <AssigneeCell row={row} name={staffName(lookups, row.assigneeId)} t={t} />;
    case 'priority':
      return <PriorityMark priority={row.priority} t={t} />;
    case 'received':
      return (
        <span data-text="" data-muted="">
          {formatCompactDateTime(row.receivedMs, language, nowMs)}
        </span>
      );
  }
}

/** One issue in the queue: a fixed-height grid row, positioned by the virtual list. */
export const QueueRowView = memo(function QueueRowView(props: Props) {
  const { t, row, index, top, columns, template, checked, active, open, canSelect, onToggle, onOpen } = props;
  const toggle = (event: MouseEvent<HTMLInputElement>) => {
    event.stopPropagation();
    onToggle(row.id, index, event.shiftKey);
  };
  return (
    <div
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
    </div>
  );
});
