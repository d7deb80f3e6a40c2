import type { SortColumn } from '../model/query';

export interface ColumnDef {
  readonly id: SortColumn;
  /** CSS grid track. */
  readonly track: string;
  /** The least width it needs, for deciding what fits. */
  readonly minWidth: number;
  /** Columns with a lower number give way first when the table is narrow (e.g. beside the panel). */
  readonly keep: number;
}

export const ROW_HEIGHT = 34;
export const CHECKBOX_WIDTH = 40;

export const columnDefs: readonly ColumnDef[] = [
  { id: 'number', track: '124px', minWidth: 124, keep: 9 },
  { id: 'topic', track: 'minmax(110px, 1.2fr)', minWidth: 110, keep: 8 },
  { id: 'address', track: 'minmax(150px, 1.5fr)', minWidth: 150, keep: 5 },
  { id: 'district', track: 'minmax(100px, 0.7fr)', minWidth: 100, keep: 1 },
  { id: 'deadline', track: '206px', minWidth: 206, keep: 9 },
  // Room for «Открыта повторно», the longest status.
  { id: 'status', track: '122px', minWidth: 122, keep: 7 },
  { id: 'assignee', track: 'minmax(120px, 0.9fr)', minWidth: 120, keep: 6 },
  // Room for «Приоритет» and its sort arrow in the header.
  { id: 'priority', track: '108px', minWidth: 108, keep: 3 },
  { id: 'received', track: '98px', minWidth: 98, keep: 2 },
];

/** Space between cells and at the row's right end (the grid's column gap and padding). */
export const CELL_GAP = 12;

/**
 * The columns that fit in `width`: all of them on a wide screen; beside the issue panel the
 * least needed give way (district first: a company mostly works one district; the assignee is
 * in the panel) rather than squeezing every column into unreadable slivers.
 */
export function visibleColumns(width: number, withCheckbox: boolean): ColumnDef[] {
  const visible = [...columnDefs];
  const needed = () => minGridWidth(visible, withCheckbox);
  const byKeep = [...columnDefs].sort((a, b) => a.keep - b.keep);
  for (const column of byKeep) {
    if (needed() <= width || visible.length <= 4) break;
    visible.splice(visible.indexOf(column), 1);
  }
  return visible;
}

export const gridTemplate = (columns: readonly ColumnDef[], withCheckbox: boolean): string =>
  [...(withCheckbox ? [`${CHECKBOX_WIDTH}px`] : []), ...columns.map((column) => column.track)].join(' ');

export const minGridWidth = (columns: readonly ColumnDef[], withCheckbox: boolean): number =>
  columns.reduce(
    (sum, column) => sum + column.minWidth + CELL_GAP,
    withCheckbox ? CHECKBOX_WIDTH + CELL_GAP : CELL_GAP,
  );
