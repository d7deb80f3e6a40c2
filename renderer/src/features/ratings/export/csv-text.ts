import type { TFunction } from 'i18next';
import { issueStatuses, type IssueStatus } from '@shared/domain';
import type { Language } from '@shared/ipc';
import {
  csvColumns,
  csvSummaryFigures,
  type CsvColumn,
  type CsvSummaryFigure,
  type CsvText,
} from './ratings-csv';

// Maps rather than records: they cross to the worker intact and are built without a cast.
const wordsFor = <K extends string>(keys: readonly K[], text: (key: K) => string): ReadonlyMap<K, string> =>
  new Map(keys.map((key) => [key, text(key)]));

/** The file's words in the screen's language, handed to the worker with the job. */
export function csvTextOf(t: TFunction, language: Language): CsvText {
  return {
    language,
    columns: wordsFor<CsvColumn>(csvColumns, (column) => t(`ratings.csv.columns.${column}`)),
    statuses: wordsFor<IssueStatus>(issueStatuses, (status) => t(`common.status.${status}`)),
    yes: t('ratings.csv.yes'),
    no: t('ratings.csv.no'),
    notYet: t('ratings.csv.notYet'),
    unassigned: t('ratings.breakdown.none.staff'),
    unknownTopic: t('ratings.breakdown.none.topic'),
    summary: {
      figure: t('ratings.csv.summary.figure'),
      current: t('ratings.csv.summary.current'),
      previous: t('ratings.csv.summary.previous'),
      city: t('ratings.csv.summary.city'),
    },
    figures: wordsFor<CsvSummaryFigure>(csvSummaryFigures, (figure) => t(`ratings.csv.figures.${figure}`)),
    tables: {
      returnReasons: {
        title: t('returnReasons.title'),
        reason: t('returnReasons.reason'),
        returns: t('returnReasons.returns'),
        share: t('returnReasons.share'),
        issues: t('returnReasons.issues'),
      },
      repeats: {
        title: t('repeats.title'),
        byTopic: t('repeats.byTopic'),
        byBuilding: t('repeats.byBuilding'),
        byStaff: t('repeats.byStaff'),
        repeats: t('repeats.repeats'),
        share: t('repeats.share'),
        nobody: t('repeats.nobody'),
      },
    },
  };
}
