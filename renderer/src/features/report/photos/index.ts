// The photo pipeline's public face for the report editor.
export { photoPipeline, createPhotoPipeline } from './client';
export type { PhotoPipeline } from './client';
export { checkCaptureTime } from './capture-time';
export { clampRect, redactionRegions } from './geometry';
export { describePhotoFailure, isPhotoError, PhotoError } from './errors';
export type { PhotoFailure, PhotoFailureCode, UnsupportedKind } from './errors';
export { PHOTO_INPUT_MAX_BYTES, PHOTO_MAX_EDGE, PHOTO_OUTPUT_TARGET_BYTES } from './limits';
export type {
  EncodedPhoto,
  FoundFaces,
  MarkedRect,
  PhotoWarning,
  ProcessedPhoto,
  ProcessPhotoOptions,
  RedactionRect,
} from './types';
export type { SamePlaceResult } from '../same-place/compare';
