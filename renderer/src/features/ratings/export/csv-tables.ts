import type { PeriodRepeats, RepeatRow } from '../compute/period-repeats';
import type { ReturnReasons } from '../compute/return-reasons';
import { csvLine, csvNumber } from './csv-format';

// The panels that are tables of their own, after the summary, each after an empty line and
// under its title: the returns by the moderators' reason, and the repeat complaints by topic,
// building and who resolved the earlier issue. Shares in per cent, as the summary gives them.

export interface CsvTablesText {
  returnReasons: { title: string; reason: string; returns: string; share: string; issues: string };
  repeats: {
    title: string;
    byTopic: string;
    byBuilding: string;
    byStaff: string;
    repeats: string;
    share: string;
    nobody: string;
  };
}

const percent = (share: number) => csvNumber(share * 100, 1);

export function returnReasonLines(reasons: ReturnReasons, text: CsvTablesText['returnReasons']): string[] {
  return [
    '',
    csvLine([text.title]),
    csvLine([text.reason, text.returns, `${text.share}, %`, text.issues]),
    ...reasons.reasons.map((reason) =>
      csvLine([reason.label, reason.returns, percent(reason.share), reason.issues]),
    ),
  ];
}

export function repeatLines(
  repeats: PeriodRepeats,
  text: CsvTablesText['repeats'],
  language: 'ru' | 'en',
): string[] {
  const table = (title: string, rows: readonly RepeatRow[]) => [
    csvLine([title, text.repeats, `${text.share}, %`]),
    ...rows.map((row) =>
      csvLine([row.name === null ? text.nobody : row.name[language], row.count, percent(row.share)]),
    ),
  ];
  return [
    '',
    csvLine([text.title, repeats.total]),
    ...table(text.byTopic, repeats.byTopic),
    '',
    ...table(text.byBuilding, repeats.byBuilding),
    '',
    ...table(text.byStaff, repeats.byStaff),
  ];
}
