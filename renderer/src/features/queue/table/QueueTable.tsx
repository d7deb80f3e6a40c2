import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type Ref } from 'react';
import { Box, Typography } from '@mui/material';
import { styled } from '@mui/material/styles';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/ipc';
import type { QueueResult } from '../model/queue-result';
import type { QueueLookups } from '../model/lookups';
import type { SortColumn, SortSpec } from '../model/query';
import { gridTemplate, minGridWidth, ROW_HEIGHT, visibleColumns } from './columns';
import { QueueHeader } from './QueueHeader';
import { QueueRowView, rowDomId } from './QueueRowView';
import { rowGroupStyles } from './row-styles';

export interface QueueTableProps {
  result: QueueResult;
  lookups: QueueLookups;
  nowMs: number;
  language: Language;
  sort: SortSpec;
  onSort: (column: SortColumn) => void;
  activeIndex: number;
  openId: string | null;
  marked: ReadonlySet<string>;
  canSelect: boolean;
  onToggle: (id: string, index: number, range: boolean) => void;
  onToggleAll: () => void;
  onOpen: (id: string, index: number) => void;
  /** Names the result the table shows (the query's key): the benchmark waits for it. */
  resultKey: string;
  gridRef: Ref<HTMLDivElement>;
  emptyText: string;
}

/**
 * Rows are keyed by their place on screen, not by issue: a new filter or sort fills the same
 * row elements with other issues instead of removing a screenful of elements and building
 * another (what made a change of the query cost most of its time). More places than a screen
 * can show, so that the keys of the rows drawn at once never repeat.
 */
const ROW_POOL = 256;

const RowGroup = styled('div')(({ theme }) => ({ position: 'relative', ...rowGroupStyles({ theme }) }));

/**
 * The rows that fit the screen, and a few more, out of any number: the list is virtual.
 * Memoised: the page re-renders as the replica loads, the table only when what it shows changes.
 */
export const QueueTable = memo(function QueueTable(props: QueueTableProps) {
  const { t } = useTranslation();
  const { result, activeIndex, marked, canSelect, openId } = props;
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const [width, setWidth] = useState(1200);

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // The virtualizer re-renders this component itself (its own state), memo or not.
  const virtualizer = useVirtualizer({
    count: result.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 5,
    // The sticky header sits inside the scroll area above the rows: the list starts below it,
    // and a row scrolled to must clear it.
    scrollMargin: ROW_HEIGHT,
    scrollPaddingStart: ROW_HEIGHT,
  });

  useEffect(() => {
    if (activeIndex >= 0 && activeIndex < result.length)
      virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, result.length, virtualizer]);

  // The same arrays while the width holds, so that rows (memoised) do not re-render for nothing.
  const columns = useMemo(() => visibleColumns(width, canSelect), [width, canSelect]);
  const template = useMemo(() => gridTemplate(columns, canSelect), [columns, canSelect]);
  const markedShown = canSelect && marked.size > 0 ? result.ids().filter((id) => marked.has(id)).length : 0;
  const activeRow = result.at(activeIndex);

  return (
    <Box
      ref={props.gridRef}
      role="grid"
      tabIndex={0}
      aria-label={t('queue.columns.label')}
      aria-rowcount={result.length + 1}
      aria-multiselectable={canSelect || undefined}
      aria-activedescendant={activeRow ? rowDomId(activeRow.id) : undefined}
      data-testid="queue-grid"
      data-result-key={props.resultKey}
      data-rows={result.length}
      sx={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', outline: 'none' }}
    >
      <Box ref={scrollRef} sx={{ flex: 1, minHeight: 0, overflow: 'auto', bgcolor: 'background.paper' }}>
        <Box sx={{ minWidth: minGridWidth(columns, canSelect) }}>
          <QueueHeader
            columns={columns}
            template={template}
            sort={props.sort}
            onSort={props.onSort}
            canSelect={canSelect}
            marked={markedShown === 0 ? 'none' : markedShown === result.length ? 'all' : 'some'}
            onToggleAll={props.onToggleAll}
          />
          {result.length === 0 ? (
            <Typography sx={{ p: 3 }} color="text.secondary" data-testid="queue-empty">
              {props.emptyText}
            </Typography>
          ) : (
            <RowGroup role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
              {virtualizer.getVirtualItems().map((item) => {
                const row = result.at(item.index);
                if (!row) return null;
                return (
                  <QueueRowView
                    key={item.index % ROW_POOL}
                    row={row}
                    index={item.index}
                    top={item.start - ROW_HEIGHT}
                    columns={columns}
                    template={template}
                    lookups={props.lookups}
                    nowMs={props.nowMs}
                    language={props.language}
                    checked={marked.has(row.id)}
                    active={item.index === activeIndex}
                    open={row.id === openId}
                    canSelect={canSelect}
                    onToggle={props.onToggle}
                    onOpen={props.onOpen}
                    t={t}
                  />
                );
              })}
            </RowGroup>
          )}
        </Box>
      </Box>
    </Box>
  );
});
