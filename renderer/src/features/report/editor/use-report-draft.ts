import { useState, useSyncExternalStore } from 'react';
import type { DeskDb } from '../../../db/database';
import type { ReportRecord } from '../../../db/records';
import { saveReportDraft, type ReportDraftInput } from '../../../db/repositories';
import { keepPageWhile } from '../../../platform/unload-guard';
import { DraftSaveQueue, type DraftChange, type DraftFields, type DraftSaveState } from './draft-save-queue';

export interface ReportDraftOptions {
  db: DeskDb;
  /** The report as it was on disk when the editor opened; from then on the form is the source. */
  report: ReportRecord;
  authorId: string;
  /** A draft or a refused report; anything else is shown but never written. */
  editable: boolean;
  /** How a draft is written; tests put a failing or slow writer here. */
  save?: (db: DeskDb, draft: ReportDraftInput) => Promise<void>;
}

export interface ReportDraft {
  fields: DraftFields;
  saveState: DraftSaveState;
  update(change: DraftChange): void;
  retry(): void;
  /** Resolves once every edit so far is on disk (true), or a write failed (false). */
  flush(): Promise<boolean>;
}

/** The report's fields as the person edits them, each change saved through one ordered queue. */
export function useReportDraft({
  db,
  report,
  authorId,
  editable,
  save = saveReportDraft,
}: ReportDraftOptions): ReportDraft {
  // A lazy initialiser with no side effects: StrictMode may build a second queue and drop it.
  const [queue] = useState(() => {
    const { clientReportId, issueId, basedOn } = report;
    return new DraftSaveQueue(
      { text: report.text, photos: report.photos, completedAt: report.completedAt },
      // A reload or a closed window would abort the write: until it lands, leaving asks first.
      (fields) =>
        keepPageWhile(
          save(db, { clientReportId, issueId, authorId, ...fields, ...(basedOn ? { basedOn } : {}) }),
        ),
    );
  });
  const { fields, save: saveState } = useSyncExternalStore(queue.subscribe, queue.getSnapshot);
  return {
    fields,
    saveState,
    update: (change) => queue.edit(change, editable),
    retry: () => queue.retry(),
    flush: () => queue.flush(),
  };
}
