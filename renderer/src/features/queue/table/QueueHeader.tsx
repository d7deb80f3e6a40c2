import { memo } from 'react';
import { Box, Checkbox, TableSortLabel } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { SortColumn, SortSpec } from '../model/query';
import type { ColumnDef } from './columns';

interface Props {
  columns: readonly ColumnDef[];
  template: string;
  sort: SortSpec;
  onSort: (column: SortColumn) => void;
  canSelect: boolean;
  /** 'all', 'some' or 'none' of the shown rows are marked. */
  marked: 'all' | 'some' | 'none';
  onToggleAll: () => void;
}

/** The column headers: a click sorts by the column, a second click reverses it. */
export const QueueHeader = memo(function QueueHeader({
  columns,
  template,
  sort,
  onSort,
  canSelect,
  marked,
  onToggleAll,
}: Props) {
  const { t } = useTranslation();
  return (
    <Box
      role="row"
      aria-rowindex={1}
      sx={{
        position: 'sticky',
        top: 0,
        zIndex: 2,
        height: 34,
        display: 'grid',
        gridTemplateColumns: template,
        alignItems: 'center',
        columnGap: 1.5,
        pr: 1.5,
        pl: canSelect ? 0 : 1.5,
        bgcolor: '#f7f9fb',
        borderBottom: 1,
        borderColor: 'divider',
        fontSize: 12,
        fontWeight: 600,
        color: 'text.secondary',
      }}
    >
      {canSelect && (
        <Box role="columnheader" sx={{ display: 'flex', justifyContent: 'center' }}>
          <Checkbox
            size="small"
            checked={marked === 'all'}
            indeterminate={marked === 'some'}
            onChange={onToggleAll}
            slotProps={{ input: { 'aria-label': t('queue.columns.selectAll') } }}
            sx={{ p: 0.5 }}
          />
        </Box>
      )}
      {columns.map((column) => {
        const active = sort.column === column.id;
        return (
          <Box
            role="columnheader"
            key={column.id}
            aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
            sx={{ minWidth: 0, overflow: 'hidden', whiteSpace: 'nowrap' }}
          >
            <TableSortLabel
              active={active}
              direction={active ? sort.direction : 'asc'}
              onClick={() => onSort(column.id)}
              sx={{ fontSize: 12, fontWeight: 600, maxWidth: '100%' }}
            >
              {t(`queue.columns.${column.id}`)}
            </TableSortLabel>
          </Box>
        );
      })}
    </Box>
  );
});
