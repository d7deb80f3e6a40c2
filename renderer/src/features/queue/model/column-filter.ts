import { issueStatuses, type IssueStatus } from '@shared/domain';
import {
  PRIORITY_CODES,
  STATUS_CODES,
  priorityCode,
  statusCode,
  type Dictionary,
  type QueueColumns,
} from './columns';
import { assignableStatuses, type DeadlineWindow } from './deadline-window';
import { expandCategories, type CategoryChildren } from './filter';
import { UNASSIGNED, type QueueQuery } from './query';
import { searchTerms } from './search-text';
import { hasWord, rowsWithEveryTerm } from './word-postings';
import type { QueueView } from './views';

/**
 * The query compiled for the columns: one table of allowed codes per column (null when the
 * column is not filtered), a half-open range of deadlines, and the search words. It means
 * exactly what `compileFilter` means for one row (the tests hold them to it), with the view
 * folded into the same tables: no branch per view inside the loop.
 */
export interface ColumnFilter {
  readonly status: Uint8Array;
  readonly priority: Uint8Array;
  readonly category: Uint8Array | null;
  readonly district: Uint8Array | null;
  readonly assignee: Uint8Array | null;
  /** Deadlines kept: `from <= deadline < until`. */
  readonly from: number;
  readonly until: number;
  readonly terms: readonly string[];
}

const allowStatuses = (table: Uint8Array, allowed: readonly IssueStatus[]) => {
  const keep = new Set(allowed.map((status) => statusCode[status]));
  for (let code = 0; code < table.length; code += 1) if (!keep.has(code)) table[code] = 0;
};

const viewStatuses: Record<QueueView, readonly IssueStatus[] | null> = {
  open: ['new', 'in_progress', 'on_moderation', 'returned', 'reopened'],
  new: ['new'],
  overdue: ['new', 'in_progress', 'on_moderation', 'returned', 'reopened'],
  returned: ['returned'],
  reopened: ['reopened'],
  unassigned: assignableStatuses,
  all: null,
};

function allowedCodes(dictionary: Dictionary, wanted: ReadonlySet<string>, offset = 0): Uint8Array {
  const table = new Uint8Array(dictionary.values.length + offset);
  dictionary.values.forEach((value, code) => {
    if (wanted.has(value)) table[code + offset] = 1;
  });
  return table;
}

/** The statuses a row of the query's result can have, as a table by status code. */
function statusTable(query: QueueQuery): Uint8Array {
  const status = new Uint8Array(STATUS_CODES).fill(1);
  const viewAllows = viewStatuses[query.view];
  if (viewAllows) allowStatuses(status, viewAllows);
  if (query.statuses.length > 0) allowStatuses(status, query.statuses);
  // Every deadline filter is about issues the company still owes an answer on.
  if (query.deadline !== null) status[statusCode.resolved] = 0;
  return status;
}

/** The statuses a row of the query's result can have (what an indexed read of the replica can ask for). */
export function queryStatuses(query: QueueQuery): IssueStatus[] {
  const table = statusTable(query);
  return issueStatuses.filter((status) => table[statusCode[status]] === 1);
}

export function compileColumnFilter(
  columns: QueueColumns,
  query: QueueQuery,
  window: DeadlineWindow,
  children: CategoryChildren,
): ColumnFilter {
  const status = statusTable(query);

  const priority = new Uint8Array(PRIORITY_CODES).fill(query.priorities.length > 0 ? 0 : 1);
  for (const wanted of query.priorities) priority[priorityCode[wanted]] = 1;

  const category =
    query.categories.length > 0
      ? allowedCodes(columns.categories, expandCategories(query.categories, children))
      : null;
  const district =
    query.districts.length > 0 ? allowedCodes(columns.districts, new Set(query.districts)) : null;

  let assignee: Uint8Array | null = null;
  if (query.assignees.length > 0) {
    assignee = allowedCodes(columns.assignees, new Set(query.assignees), 1);
    assignee[0] = query.assignees.includes(UNASSIGNED) ? 1 : 0;
  }
  if (query.view === 'unassigned') {
    const nobodyAllowed = assignee === null || assignee[0] === 1;
    assignee = new Uint8Array(columns.assignees.values.length + 1);
    assignee[0] = nobodyAllowed ? 1 : 0;
  }

  // Overdue is "now > deadline"; not overdue is "deadline >= now". Deadlines are whole milliseconds.
  let from = -Infinity;
  let until = Infinity;
  if (query.view === 'overdue' || query.deadline === 'overdue') until = Math.min(until, window.nowMs);
  if (query.deadline === 'today') {
    from = Math.max(from, window.nowMs);
    until = Math.min(until, window.todayEndMs + 1);
  }
  if (query.deadline === 'week') {
    from = Math.max(from, window.nowMs);
    until = Math.min(until, window.weekEndMs + 1);
  }
  return { status, priority, category, district, assignee, from, until, terms: searchTerms(query.search) };
}

// Room for the positions kept, reused from query to query (the result is copied out of it):
// large typed arrays made and dropped at every keystroke bring on full garbage collections.
let scratch = new Uint32Array(0);
const scratchFor = (length: number): Uint32Array => {
  if (scratch.length < length) scratch = new Uint32Array(length);
  return scratch;
};

/**
 * The positions of `order` (a sorted order of the rows) that the filter keeps, in that order
 * or reversed. The loop reads only typed arrays. Each search word is first looked for among the
 * distinct words of all rows (a millisecond), and a row matches when one of its own words was
 * found: for a few rows, row by row; for most of them, for all rows at once (word-postings.ts).
 */
export function filterPositions(
  columns: QueueColumns,
  order: Uint32Array,
  descending: boolean,
  filter: ColumnFilter,
): Uint32Array {
  const { deadline, words } = columns;
  const { from, until } = filter;
  const status = filter.status;
  const priority = filter.priority;
  const category = filter.category;
  const district = filter.district;
  const assignee = filter.assignee;
  const terms = filter.terms.map((term) => words.index.matching(term));
  const matched =
    terms.length > 0 && order.length * 8 > columns.length
      ? rowsWithEveryTerm(words, columns.length, terms)
      : null;
  const kept = scratchFor(order.length);
  let count = 0;
  const n = order.length;
  rows: for (let k = 0; k < n; k += 1) {
    const i = order[descending ? n - 1 - k : k] ?? 0;
    if (status[columns.status[i] ?? 0] !== 1) continue;
    if (priority[columns.priority[i] ?? 0] !== 1) continue;
    if (category !== null && category[columns.category[i] ?? 0] !== 1) continue;
    if (district !== null && district[columns.district[i] ?? 0] !== 1) continue;
    if (assignee !== null && assignee[columns.assignee[i] ?? 0] !== 1) continue;
    const due = deadline[i] ?? 0;
    if (due < from || due >= until) continue;
    if (matched !== null) {
      if (matched[i] !== 1) continue;
    } else for (const flags of terms) if (!hasWord(words, i, flags)) continue rows;
    kept[count] = i;
    count += 1;
  }
  // A copy of the kept part only: a query allocates what it returns, not room for 100,000 rows.
  return kept.slice(0, count);
}
