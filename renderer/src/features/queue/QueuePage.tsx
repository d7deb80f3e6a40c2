import { useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { localeOf } from '@shared/i18n';
import { Box, LinearProgress, Typography } from '@mui/material';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Priority } from '@shared/domain';
import { useLanguage } from '../../app/desk-context';
import { useWorkspace } from '../../app/session/session-context';
import { useQueueSnapshot } from './index/use-queue-snapshot';
import { useFirstScreen } from './index/use-first-screen';
import { shownText } from './index/shown-text';
import { useQueueLookups } from './hooks/use-queue-lookups';
import { useNow } from '../../lib/use-now';
import { deadlineWindowAt } from './model/deadline-window';
import { presentValues } from './model/columns';
import { QueryRunner } from './model/run-query';
import { usePresortedOrders } from './hooks/use-presorted-orders';
import { nextSort, type QueueQuery, type SortColumn } from './model/query';
import { paramsFromQuery, queryFromParams, queryKey } from './model/url';
import type { QueueView } from './model/views';
import { countColumnViews } from './model/column-views';
import { useQueueChanges } from './actions/use-queue-changes';
import { useMarks } from './actions/use-marks';
import { ChangeMessage } from './actions/ChangeMessage';
import { AssigneePicker } from './actions/AssigneePicker';
import type { PickerState } from './actions/picker-state';
import { BulkActionBar } from './actions/BulkActionBar';
import { FilterBar } from './filters/FilterBar';
import { QueueViewsBar } from './filters/QueueViewsBar';
import { QueueTable } from './table/QueueTable';
import { emptyQueueText } from './table/empty-text';
import { useFirstPullStage } from '../../db/use-first-pull';
import { IssuePanel } from './panel/LazyIssuePanel';
import { useQueueKeyboard } from './keyboard/use-queue-keyboard';
import { useClusterSnapshot } from '../../lib/clusters/use-cluster-snapshot';
import { joinIssues } from '../../db/cluster-overrides';
import { ClusterList } from './clusters/ClusterList';
import { runKeyCommand } from './keyboard/run-key-command';

// Narrower below 1536 px: at 1280 the table beside it keeps number, topic, deadline and status whole.
const PANEL_WIDTH = { xs: 420, xl: 500 };

/**
 * The dispatcher's queue: every issue of the replica, filtered, searched and sorted as the
 * address says (`#/queue?…`), with the issue panel at `#/queue/<id>` beside it.
 */
export function QueuePage({ viewsAside }: { viewsAside?: ReactNode }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { db, user } = useWorkspace();
  const navigate = useNavigate();
  const location = useLocation();
  const openId = useParams()['*'] || null;
  const snapshot = useQueueSnapshot(db);
  const firstPullStage = useFirstPullStage(db);
  const lookups = useQueueLookups();
  const nowMs = useNow();
  const canAssign = user.role !== 'supervisor';
  const clusters = useClusterSnapshot(db);
  const [similar, setSimilar] = useState(false);
  const numbers = useMemo(() => new Intl.NumberFormat(localeOf[language]), [language]);

  const query = useMemo(() => queryFromParams(new URLSearchParams(location.search)), [location.search]);
  const window = useMemo(() => deadlineWindowAt(nowMs), [nowMs]);
  const [runner] = useState(() => new QueryRunner());
  // Until the whole replica is in memory, the query runs over its first screen, read by index.
  const firstScreen = useFirstScreen(db, query, window, lookups.children, !snapshot.loaded);
  const columns = firstScreen?.columns ?? snapshot.columns;
  const rows = useMemo(
    () => runner.run(columns, query, window, lookups.children, lookups.sort),
    [columns, query, window, lookups, runner],
  );
  usePresortedOrders(columns, runner.orders, lookups.sort);
  const counts = useMemo(() => countColumnViews(columns, window), [columns, window]);
  const districts = useMemo(() => presentValues(columns.district, columns.districts).sort(), [columns]);

  const [activeId, setActiveId] = useState<string | null>(openId);
  const [picker, setPicker] = useState<PickerState | null>(null);
  const { applyChange, message, dismissMessage } = useQueueChanges(db);
  const gridRef = useRef<HTMLDivElement | null>(null);
  const searchRef = useRef<HTMLInputElement | null>(null);

  // The open issue is the keyboard's place too, when it arrives from a link or a notification.
  const [followedOpenId, setFollowedOpenId] = useState(openId);
  if (openId !== followedOpenId) {
    setFollowedOpenId(openId);
    if (openId) setActiveId(openId);
  }
  const activeIndex = activeId === null ? -1 : rows.indexOf(activeId);

  // The current rows and address for callbacks that stay the same function across renders
  // (so that memoised rows do not re-render for nothing).
  const latest = useRef({ rows, query, search: location.search, pathname: location.pathname, openId });
  useLayoutEffect(() => {
    latest.current = { rows, query, search: location.search, pathname: location.pathname, openId };
  });
  const { marked, toggleMark: toggleMarkOf, toggleAll, clearMarks, setMarkAnchor } = useMarks(latest, rows);

  const setQuery = useCallback(
    (next: QueueQuery) => {
      const { query: current, pathname } = latest.current;
      const replace = next.search !== current.search;
      void navigate({ pathname, search: paramsFromQuery(next).toString() }, { replace });
    },
    [navigate],
  );
  const openIssue = useCallback(
    (id: string, index?: number) => {
      setActiveId(id);
      if (index !== undefined) setMarkAnchor(index);
      // Going from issue to issue in the panel replaces the entry: Back returns to the list.
      const { search, openId: open } = latest.current;
      void navigate({ pathname: `/queue/${id}`, search }, { replace: open !== null });
    },
    [navigate, setMarkAnchor],
  );
  const closeIssue = useCallback(() => {
    void navigate({ pathname: '/queue', search: latest.current.search });
    gridRef.current?.focus();
  }, [navigate]);

  const toggleMark = useCallback(
    (id: string, index: number, range: boolean) => {
      toggleMarkOf(id, index, range);
      setActiveId(id);
    },
    [toggleMarkOf],
  );

  const pickAssignee = async (staffId: string) => {
    if (!picker) return;
    const ids = picker.issueIds;
    setPicker(null);
    const result = await applyChange(ids, { assigneeId: staffId });
    if (result && ids.length > 1) clearMarks();
    gridRef.current?.focus();
  };
  const setPriority = async (issueIds: readonly string[], priority: Priority) => {
    await applyChange(issueIds, { priority });
  };

  const startAssign = () => {
    if (!canAssign) return;
    if (marked.size > 0) {
      setPicker({ issueIds: [...marked], currentId: null });
      return;
    }
    const openPosition = openId === null ? undefined : columns.positions.get(openId);
    const row = rows.at(activeIndex) ?? (openPosition === undefined ? undefined : columns.rows[openPosition]);
    if (row) setPicker({ issueIds: [row.id], currentId: row.assigneeId });
  };

  useQueueKeyboard((command) =>
    runKeyCommand(command, {
      rows,
      activeIndex,
      openId,
      canAssign,
      markedCount: marked.size,
      gridRef,
      searchRef,
      openIssue,
      closeIssue,
      setActive: (id, index) => {
        setActiveId(id);
        setMarkAnchor(index);
      },
      toggleMark,
      clearMarks,
      startAssign,
    }),
  );

  /** From the search box to the results: the first one becomes the keyboard's place unless one already is. */
  const focusList = useCallback(() => {
    const shown = latest.current.rows;
    const first = shown.at(0);
    if (first)
      setActiveId((current) => (current !== null && shown.indexOf(current) >= 0 ? current : first.id));
    gridRef.current?.focus();
  }, []);

  const onSort = useCallback(
    (column: SortColumn) => setQuery({ ...query, sort: nextSort(query.sort, column) }),
    [query, setQuery],
  );
  const onView = useCallback((view: QueueView) => setQuery({ ...latest.current.query, view }), [setQuery]);
  const onPatch = useCallback(
    (patch: Partial<QueueQuery>) => setQuery({ ...latest.current.query, ...patch }),
    [setQuery],
  );
  const loading = !snapshot.loaded;
  const shown = { lookups, nowMs, language, openId };

  return (
    <Box sx={{ height: 'calc(100vh - 48px)', display: 'flex', flexDirection: 'column', minWidth: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 2, px: 2, pt: 1.25 }}>
        <Typography variant="h6" component="h1" sx={{ fontSize: 18 }}>
          {t('queue.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" data-testid="queue-shown">
          {shownText(t, (value) => numbers.format(value), snapshot, firstScreen, rows.length)}
        </Typography>
        <Box sx={{ flexGrow: 1 }} />
        <Typography variant="caption" color="text.secondary" sx={{ display: { xs: 'none', lg: 'block' } }}>
          {t('queue.keyboardHint')}
        </Typography>
      </Box>
      <QueueViewsBar
        language={language}
        view={query.view}
        counts={loading ? null : counts}
        onView={onView}
        aside={viewsAside}
        similar={similar}
        clusterCount={clusters.loaded ? clusters.clusters.size : null}
        onSimilar={setSimilar}
      />
      <FilterBar
        query={query}
        lookups={lookups}
        districts={districts}
        onPatch={onPatch}
        onLeaveSearch={focusList}
        searchRef={searchRef}
      />
      {canAssign && marked.size > 0 && (
        <BulkActionBar
          count={marked.size}
          onAssign={() => setPicker({ issueIds: [...marked], currentId: null })}
          onPriority={(priority) => void setPriority([...marked], priority)}
          onClear={clearMarks}
          onJoin={() => void joinIssues(db, [...marked]).then(clearMarks)}
        />
      )}
      <Box sx={{ height: 3 }}>{loading && <LinearProgress sx={{ height: 3 }} />}</Box>
      <Box sx={{ flex: 1, minHeight: 0, display: 'flex', borderTop: 1, borderColor: 'divider' }}>
        <Box sx={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
          {similar ? (
            <ClusterList
              {...shown}
              snapshot={clusters}
              result={rows}
              canAssign={canAssign}
              onOpen={openIssue}
              onAssignAll={(issueIds) => setPicker({ issueIds, currentId: null })}
              onPriorityAll={(issueIds, priority) => void setPriority(issueIds, priority)}
            />
          ) : (
            <QueueTable
              repeats={clusters.repeats}
              {...shown}
              result={rows}
              sort={query.sort}
              onSort={onSort}
              activeIndex={activeIndex}
              marked={marked}
              canSelect={canAssign}
              onToggle={toggleMark}
              onToggleAll={toggleAll}
              onOpen={openIssue}
              resultKey={`${queryKey(query)}#${snapshot.loaded ? 'loaded' : 'loading'}`}
              gridRef={gridRef}
              emptyText={emptyQueueText(t, {
                loaded: snapshot.loaded,
                replicaRows: snapshot.rows.length,
                firstPull: firstPullStage,
              })}
            />
          )}
        </Box>
        {openId && (
          <Box sx={{ width: PANEL_WIDTH, flexShrink: 0, minHeight: 0 }}>
            <IssuePanel
              key={openId}
              issueId={openId}
              lookups={lookups}
              nowMs={nowMs}
              canAssign={canAssign}
              onClose={closeIssue}
              onAssign={(issueId, currentId) => setPicker({ issueIds: [issueId], currentId })}
              onPriority={(issueId, priority) => void setPriority([issueId], priority)}
              onAssignAll={(issueIds) => setPicker({ issueIds, currentId: null })}
              onOpenIssue={openIssue}
            />
          </Box>
        )}
      </Box>
      <AssigneePicker
        open={picker !== null}
        count={picker?.issueIds.length ?? 0}
        staff={lookups.assignable}
        currentId={picker?.currentId ?? null}
        onPick={(staffId) => void pickAssignee(staffId)}
        onClose={() => setPicker(null)}
      />
      <ChangeMessage message={message} onClose={dismissMessage} />
    </Box>
  );
}
