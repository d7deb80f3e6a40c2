import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanyStats } from '@shared/domain';
import { useDesk, useLanguage } from '../../../app/desk-context';
import type { RatingsFigures } from '../compute/compute';
import { lastDayOf } from '../compute/period';
import { csvTextOf } from '../export/csv-text';
import type { RatingsClient } from '../worker/client';
import type { RatingsSource } from '../worker/protocol';

export type ExportNotice =
  { kind: 'saved'; path: string } | { kind: 'failed'; code: string; message: string };

export interface RatingsExport {
  busy: boolean;
  notice: ExportNotice | null;
  dismiss(): void;
  saveCsv(): Promise<void>;
  printPdf(): Promise<void>;
}

/**
 * The period as a CSV file and as a printed report. The CSV is computed from the same source
 * and the same "now" as the figures on screen, so its rows are the issues the screen counts.
 */
export function useRatingsExport(
  report: RatingsFigures | null,
  source: RatingsSource | null,
  client: RatingsClient | null,
  city: CompanyStats | null,
): RatingsExport {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const desk = useDesk();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<ExportNotice | null>(null);
  const baseName = report
    ? `${t('ratings.export.fileName')}-${report.choice.current.from}-${lastDayOf(report.choice.current)}`
    : t('ratings.export.fileName');

  const saveCsv = async () => {
    if (!report || !source || !client) return;
    setBusy(true);
    try {
      const content = await client.csv(source, {
        query: { choice: report.choice, nowMs: report.nowMs },
        city,
        text: csvTextOf(t, language),
      });
      const saved = await desk.export.saveFile({
        suggestedName: `${baseName}.csv`,
        content,
        filters: [{ name: t('ratings.export.csvFilter'), extensions: ['csv'] }],
      });
      if (!saved.ok) setNotice({ kind: 'failed', code: saved.error.code, message: saved.error.message });
      else if (saved.value) setNotice({ kind: 'saved', path: saved.value.path });
    } catch (error) {
      setNotice({
        kind: 'failed',
        code: 'failed',
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setBusy(false);
    }
  };

  const printPdf = async () => {
    const saved = await desk.export.printToPdf({ suggestedName: `${baseName}.pdf`, landscape: true });
    if (!saved.ok) setNotice({ kind: 'failed', code: saved.error.code, message: saved.error.message });
    else if (saved.value) setNotice({ kind: 'saved', path: saved.value.path });
  };

  return { busy, notice, dismiss: () => setNotice(null), saveCsv, printPdf };
}
