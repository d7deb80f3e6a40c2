import type { WorkerRequest } from '../../../lib/worker-rpc';
import type { SamePlaceResult } from '../same-place/compare';
import type { PhotoFailure } from './errors';
import type {
  EncodedPhoto,
  ProcessedPhoto,
  ProcessPhotoOptions,
  RedactionRect,
  SamePlaceInput,
} from './types';

// The messages between the UI thread and the photo worker. Blobs cross by reference (structured
// clone shares the underlying bytes), so a 12 MP file is not copied on the way in.

export type PhotoJob =
  | { kind: 'process'; input: Blob; options: ProcessPhotoOptions }
  | { kind: 'redact'; input: Blob; rects: RedactionRect[] }
  | ({ kind: 'compare' } & SamePlaceInput)
  | { kind: 'prepare' };

export interface PhotoJobResults {
  process: ProcessedPhoto;
  redact: EncodedPhoto;
  compare: SamePlaceResult;
  prepare: null;
}

export type PhotoJobKind = PhotoJob['kind'];

/** What the pipeline posts (lib/worker-rpc.ts): a job and the id its reply carries back. */
export type PhotoRequest = WorkerRequest<PhotoJob>;

export type PhotoReply =
  | { id: number; ok: true; value: PhotoJobResults[PhotoJobKind] }
  | { id: number; ok: false; failure: PhotoFailure };
