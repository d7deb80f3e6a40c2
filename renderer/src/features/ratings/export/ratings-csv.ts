import type { CompanyStats, IssueStatus } from '@shared/domain';
import { categoryPath } from '@shared/i18n';
import { parseAddress } from '../compute/address';
import type { Figures } from '../compute/figures';
import type { IssueFacts } from '../compute/issue-facts';
import { lastDayOf, type PeriodChoice } from '../compute/period';
import type { RowIndex } from '../compute/row-index';
import type { PeriodRepeats } from '../compute/period-repeats';
import type { ReturnReasons } from '../compute/return-reasons';
import { repeatLines, returnReasonLines, type CsvTablesText } from './csv-tables';
import { BOM, LINE_END, csvDate, csvLine, csvMoscowTime, csvNumber } from './csv-format';

// The period as a spreadsheet: one row per issue received in it, with every input of the
// figures, so anyone can check a figure with a filter; then, after an empty line (where
// Excel's own table detection stops), the figures themselves beside the previous period's
// and the city's; then the returns by reason and the repeat complaints (csv-tables.ts).

export const csvColumns = [
  'number',
  'receivedAt',
  'topic',
  'address',
  'street',
  'building',
  'assignee',
  'status',
  'firstDeadline',
  'deadline',
  'firstReportAt',
  'onTime',
  'overdueNow',
  'reports',
  'rejected',
  'returned',
  'reopened',
  'workingHours',
  'clockHours',
  'ratings',
  'scores',
  'avgScore',
  'inOutbox',
] as const;
export type CsvColumn = (typeof csvColumns)[number];

export const csvSummaryFigures = [
  'period',
  'issues',
  'resolved',
  'onTime',
  'late',
  'onTimeShare',
  'overdue',
  'returned',
  'reopened',
  'ratings',
  'avgScore',
  'score1',
  'score2',
  'score3',
  'score4',
  'score5',
  'medianWorkingHours',
  'medianClockHours',
  'reportsInOutbox',
] as const;
export type CsvSummaryFigure = (typeof csvSummaryFigures)[number];

/** The words of the file, in the language of the screen (the worker has no translations). */
export interface CsvText {
  language: 'ru' | 'en';
  columns: ReadonlyMap<CsvColumn, string>;
  statuses: ReadonlyMap<IssueStatus, string>;
  yes: string;
  no: string;
  /** "On time" of an issue whose deadline is still ahead. */
  notYet: string;
  unassigned: string;
  unknownTopic: string;
  summary: { figure: string; current: string; previous: string; city: string };
  figures: ReadonlyMap<CsvSummaryFigure, string>;
  tables: CsvTablesText;
}

export interface RatingsCsvInput {
  facts: readonly IssueFacts[];
  index: RowIndex;
  choice: PeriodChoice;
  current: Figures;
  previous: Figures;
  city: CompanyStats | null;
  returnReasons: ReturnReasons;
  repeats: PeriodRepeats;
  text: CsvText;
}

type Cell = string | number | null;

function issueLine(facts: IssueFacts, index: RowIndex, text: CsvText): string {
  const { issue } = facts;
  const category = index.categories.get(issue.categoryId);
  const parent = category?.parentId ? index.categories.get(category.parentId) : undefined;
  const topic = category ? categoryPath(category, parent, text.language) : text.unknownTopic;
  const { street, building } = parseAddress(issue.address);
  const assignee =
    issue.assigneeId === null
      ? text.unassigned
      : (index.staff.get(issue.assigneeId)?.name ?? issue.assigneeId);
  const scores = facts.ratings.map((rating) => rating.score);
  const yesNo = (value: boolean) => (value ? text.yes : text.no);
  const cells: Record<CsvColumn, Cell> = {
    number: issue.number,
    receivedAt: csvMoscowTime(facts.receivedMs),
    topic,
    address: issue.address,
    street,
    building,
    assignee,
    status: text.statuses.get(issue.status) ?? issue.status,
    firstDeadline: csvMoscowTime(facts.firstDeadlineMs),
    deadline: csvMoscowTime(facts.deadlineMs),
    firstReportAt: facts.firstReport === null ? null : csvMoscowTime(facts.firstReport.submittedMs),
    onTime: facts.onTime === null ? text.notYet : yesNo(facts.onTime),
    overdueNow: yesNo(facts.overdueNow),
    reports: facts.reportCount,
    rejected: facts.rejectedCount,
    returned: yesNo(facts.rejectedCount > 0),
    reopened: yesNo(facts.reopened),
    workingHours: facts.workingHoursToReport === null ? null : csvNumber(facts.workingHoursToReport, 1),
    clockHours: facts.clockHoursToReport === null ? null : csvNumber(facts.clockHoursToReport, 1),
    ratings: scores.length,
    scores: scores.join(', '),
    avgScore: scores.length === 0 ? null : csvNumber(scores.reduce((a, b) => a + b, 0) / scores.length, 2),
    inOutbox: facts.reportsInOutbox,
  };
  return csvLine(csvColumns.map((column) => cells[column]));
}

const decimal = (value: number | null, decimals: number): Cell =>
  value === null ? null : csvNumber(value, decimals);

function summaryValues(figures: Figures, period: string): Record<CsvSummaryFigure, Cell> {
  return {
    period,
    issues: figures.issues,
    resolved: figures.resolved,
    onTime: figures.onTime,
    late: figures.late,
    onTimeShare: decimal(figures.onTimeShare === null ? null : figures.onTimeShare * 100, 1),
    overdue: figures.overdue,
    returned: figures.returned,
    reopened: figures.reopened,
    ratings: figures.ratings,
    avgScore: decimal(figures.avgScore, 2),
    score1: figures.scoreCounts[1],
    score2: figures.scoreCounts[2],
    score3: figures.scoreCounts[3],
    score4: figures.scoreCounts[4],
    score5: figures.scoreCounts[5],
    medianWorkingHours: decimal(figures.medianWorkingHours, 1),
    medianClockHours: decimal(figures.medianClockHours, 1),
    reportsInOutbox: figures.reportsInOutbox,
  };
}

function cityValues(city: CompanyStats, period: string): Partial<Record<CsvSummaryFigure, Cell>> {
  return {
    period,
    issues: city.issues,
    resolved: city.resolved,
    onTime: city.onTime,
    overdue: city.overdue,
    returned: city.returned,
    reopened: city.reopened,
    avgScore: decimal(city.avgScore, 2),
    score1: city.scoreCounts[1],
    score2: city.scoreCounts[2],
    score3: city.scoreCounts[3],
    score4: city.scoreCounts[4],
    score5: city.scoreCounts[5],
    medianClockHours: decimal(city.medianHoursToReport, 1),
  };
}

export function ratingsCsv(input: RatingsCsvInput): string {
  const { facts, index, choice, text } = input;
  const periodText = (period: PeriodChoice['current']) =>
    `${csvDate(period.from)}–${csvDate(lastDayOf(period))}`;
  const current = summaryValues(input.current, periodText(choice.current));
  const previous = summaryValues(input.previous, periodText(choice.previous));
  const city = input.city === null ? null : cityValues(input.city, periodText(choice.current));
  const lines = [
    csvLine(csvColumns.map((column) => text.columns.get(column) ?? column)),
    ...facts.map((fact) => issueLine(fact, index, text)),
    '',
    csvLine([
      text.summary.figure,
      text.summary.current,
      text.summary.previous,
      ...(city ? [text.summary.city] : []),
    ]),
    ...csvSummaryFigures.map((figure) =>
      csvLine([
        text.figures.get(figure) ?? figure,
        current[figure],
        previous[figure],
        ...(city ? [city[figure] ?? null] : []),
      ]),
    ),
    ...returnReasonLines(input.returnReasons, text.tables.returnReasons),
    ...repeatLines(input.repeats, text.tables.repeats, text.language),
  ];
  return BOM + lines.join(LINE_END) + LINE_END;
}
