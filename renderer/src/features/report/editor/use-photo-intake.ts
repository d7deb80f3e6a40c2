import { useState } from 'react';
import type { ReportPhoto } from '@shared/domain';
import type { DeskDb } from '../../../db/database';
import { takeInPhotos, type IntakeFailure } from '../photo-intake';
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
