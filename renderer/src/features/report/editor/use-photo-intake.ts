import { useEffect, useState } from 'react';
import type { ReportPhoto } from '@shared/domain';
import type { DeskDb } from '../../../db/database';
import { takeInPhotos, type IntakeFailure } from '../photo-intake';
import { photoPipeline } from '../photos';
import { failureDetail } from './failure-text';

interface PhotoIntakeOptions {
  db: DeskDb;
  issueReceivedAt: string;
  /** How many photos the report has now: the limit counts them. */
  photoCount: number;
  editable: boolean;
  onAdded: (photos: ReportPhoto[]) => void;
}

export interface PhotoIntake {
  /** Files still going through the pipeline. */
  processing: number;
  failures: readonly IntakeFailure[];
  dismissFailure(index: number): void;
  addFiles(files: readonly File[]): Promise<void>;
}

/** Files (picked, dropped, pasted or shot) through the photo pipeline into the report. */
export function usePhotoIntake({
  db,
  issueReceivedAt,
  photoCount,
  editable,
  onAdded,
}: PhotoIntakeOptions): PhotoIntake {
  const [processing, setProcessing] = useState(0);
  const [failures, setFailures] = useState<IntakeFailure[]>([]);
  usePreparedPipeline(editable);

  const addFiles = async (files: readonly File[]) => {
    if (files.length === 0 || !editable) return;
    setProcessing((n) => n + files.length);
    try {
      const result = await takeInPhotos(db, files, photoCount, issueReceivedAt);
      setFailures((current) => [...current, ...result.failures]);
      if (result.added.length > 0) onAdded(result.added);
    } catch (error) {
      // Not a refusal of one file (those are in the result) but the store or pipeline failing.
      console.error('Photos could not be kept', error);
      const name = files.map((file) => file.name).join(', ');
      setFailures((current) => [
        ...current,
        { name, failure: { code: 'internal', detail: failureDetail(error) } },
      ]);
    } finally {
      setProcessing((n) => n - files.length);
    }
  };

  return {
    processing,
    failures,
    dismissFailure: (index) => setFailures((current) => current.filter((_f, i) => i !== index)),
    addFiles,
  };
}

/**
 * The photo worker started and its face model loaded once the editor is idle, not when the first
 * photo is picked (bench:checks' editor run: starting the worker held the UI thread 469 ms of a
 * 1.3 s task there, at a load average of 15 on 2 cores). Where there are no workers (happy-dom)
 * nothing is started.
 */
function usePreparedPipeline(editable: boolean): void {
  useEffect(() => {
    if (!editable || typeof Worker === 'undefined') return;
    const prepare = () =>
      void photoPipeline.prepare().catch((error: unknown) => {
        // The first photo meets the same failure and says so beside Send.
        console.warn('The photo worker could not be prepared', error);
      });
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(prepare, { timeout: 2_000 });
      return () => cancelIdleCallback(handle);
    }
    const handle = setTimeout(prepare, 500);
    return () => clearTimeout(handle);
  }, [editable]);
}
