import {
  Box,
  Button,
  FormControl,
  InputLabel,
  MenuItem,
  Select,
  type SelectChangeEvent,
} from '@mui/material';
import FilterAltOffIcon from '@mui/icons-material/FilterAltOff';
import { memo, useCallback, useId, useMemo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { issueStatuses, priorities, type IssueStatus, type Priority } from '@shared/domain';
import { deadlineFilters, type DeadlineFilter } from '../model/deadline-window';
import { activeFilterCount, UNASSIGNED, type QueueQuery } from '../model/query';
import type { QueueLookups } from '../model/lookups';
import { CategoryFilter } from './CategoryFilter';
import { MultiSelectFilter } from './MultiSelectFilter';
import { SearchField } from './SearchField';

interface Props {
  query: QueueQuery;
  lookups: QueueLookups;
  districts: readonly string[];
  /** Changes part of the query; the same function across renders. */
  onPatch: (patch: Partial<QueueQuery>) => void;
  onLeaveSearch: () => void;
  searchRef: Ref<HTMLInputElement>;
}

// Memoised per type of value: the bar re-renders on every change of the query, a control
// only when its own values change.
const StatusSelect = memo(MultiSelectFilter<IssueStatus>);
const PrioritySelect = memo(MultiSelectFilter<Priority>);
const TextSelect = memo(MultiSelectFilter<string>);
const MemoCategoryFilter = memo(CategoryFilter);
const MemoSearchField = memo(SearchField);

const isDeadlineFilter = (value: string): value is DeadlineFilter =>
  (deadlineFilters as readonly string[]).includes(value);

const cleared: Partial<QueueQuery> = {
  statuses: [],
  categories: [],
  districts: [],
  assignees: [],
  deadline: null,
  priorities: [],
  search: '',
};

/** The deadline filter, memoised like the others: an inline MUI Select redrew its menu at every keystroke. */
const DeadlineSelect = memo(function DeadlineSelect({
  value,
  onPatch,
}: {
  value: DeadlineFilter | null;
  onPatch: Props['onPatch'];
}) {
  const { t } = useTranslation();
  const deadlineId = useId();
  return (
    <FormControl size="small" sx={{ width: 165 }} data-testid="filter-deadline">
      <InputLabel id={deadlineId}>{t('queue.filters.deadline')}</InputLabel>
      <Select
        labelId={deadlineId}
        label={t('queue.filters.deadline')}
        value={value ?? ''}
        onChange={(event: SelectChangeEvent) =>
          onPatch({ deadline: isDeadlineFilter(event.target.value) ? event.target.value : null })
        }
        sx={{ fontSize: 13 }}
      >
        <MenuItem value="" dense>
          {t('queue.filters.anyDeadline')}
        </MenuItem>
        {deadlineFilters.map((filter) => (
          <MenuItem key={filter} value={filter} dense>
            {t(`queue.deadlineFilter.${filter}`)}
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
});

/**
 * Every filter in one dense row; they combine (AND) with each other and with the view. Each
 * control is memoised with stable callbacks, so a change re-renders only the control it touched.
 */
export function FilterBar({ query, lookups, districts, onPatch, onLeaveSearch, searchRef }: Props) {
  const { t } = useTranslation();
  const active = activeFilterCount(query);
  const statusOptions = useMemo(
    () => issueStatuses.map((value) => ({ value, label: t(`common.status.${value}`) })),
    [t],
  );
  const districtOptions = useMemo(() => districts.map((value) => ({ value, label: value })), [districts]);
  const assigneeOptions = useMemo(
    () => [
      { value: UNASSIGNED, label: t('queue.filters.unassigned') },
      ...[...lookups.staff.values()]
        .sort((a, b) => a.name.localeCompare(b.name, lookups.language))
        .map((person) => ({ value: person.id, label: person.name })),
    ],
    [lookups, t],
  );
  const priorityOptions = useMemo(
    () => [...priorities].reverse().map((value) => ({ value, label: t(`common.priority.${value}`) })),
    [t],
  );
  const onSearch = useCallback((search: string) => onPatch({ search }), [onPatch]);
  const onStatuses = useCallback((statuses: IssueStatus[]) => onPatch({ statuses }), [onPatch]);
  const onCategories = useCallback((categories: string[]) => onPatch({ categories }), [onPatch]);
  const onDistricts = useCallback((selected: string[]) => onPatch({ districts: selected }), [onPatch]);
  const onAssignees = useCallback((assignees: string[]) => onPatch({ assignees }), [onPatch]);
  const onPriorities = useCallback((selected: Priority[]) => onPatch({ priorities: selected }), [onPatch]);
  return (
    <Box
      role="search"
      aria-label={t('queue.filters.label')}
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', px: 2, py: 1 }}
    >
      <MemoSearchField
        value={query.search}
        onChange={onSearch}
        onLeave={onLeaveSearch}
        inputRef={searchRef}
      />
      <StatusSelect
        label={t('queue.filters.status')}
        testId="filter-status"
        options={statusOptions}
        selected={query.statuses}
        onChange={onStatuses}
      />
      <MemoCategoryFilter lookups={lookups} selected={query.categories} onChange={onCategories} />
      <TextSelect
        label={t('queue.filters.district')}
        testId="filter-district"
        options={districtOptions}
        selected={query.districts}
        onChange={onDistricts}
        width={150}
      />
      <TextSelect
        label={t('queue.filters.assignee')}
        testId="filter-assignee"
        options={assigneeOptions}
        selected={query.assignees}
        onChange={onAssignees}
        width={170}
      />
      <DeadlineSelect value={query.deadline} onPatch={onPatch} />
      <PrioritySelect
        label={t('queue.filters.priority')}
        testId="filter-priority"
        options={priorityOptions}
        selected={query.priorities}
        onChange={onPriorities}
        width={130}
      />
      {active > 0 && (
        <Button
          size="small"
          color="inherit"
          startIcon={<FilterAltOffIcon />}
          sx={{ textTransform: 'none' }}
          onClick={() => onPatch(cleared)}
        >
          {t('queue.filters.clearAll')}
        </Button>
      )}
    </Box>
  );
}
