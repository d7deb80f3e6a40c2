import type { PhotoRole } from '@shared/domain';
import type { GeoPoint } from '../checks/geo';
import type { ImageStats } from '../checks/image-stats';

/** Bytes ready to upload: a JPEG with no metadata, named by its content. */
export interface EncodedPhoto {
  blob: Blob;
  /** SHA-256 of `blob`'s bytes, lowercase hex: the photo's name in the city API. */
  sha256: string;
  width: number;
  height: number;
  bytes: number;
}

export type PhotoWarning =
  /** An "after" photo taken before the issue reached the company: the moderator would return it. */
  | 'taken_before_issue'
  /** Even at the lowest quality the output is above the size target (still within the city's limit). */
  | 'above_size_target'
  /** The face detector failed: the photo is sent as it is unless faces are hidden by hand. */
  | 'faces_unchecked';

export interface ProcessedPhoto extends EncodedPhoto {
  /** From EXIF DateTimeOriginal, RFC 3339; null when the file does not say. */
  capturedAt: string | null;
  /** From EXIF GPS, kept on this device only (the upload carries no metadata); null when absent. */
  location: GeoPoint | null;
  /** Brightness and sharpness of the output, for the checks before sending; null when unmeasured. */
  stats: ImageStats | null;
  originalName: string | null;
  warnings: PhotoWarning[];
  /** The faces found and blurred on the device, when they were looked for. */
  faces?: FoundFaces;
}

/** What face blurring did to a photo: the rectangles blurred and the unblurred photo, kept here only. */
export interface FoundFaces {
  rects: RedactionRect[];
  /** The same photo before blurring (null when no face was found): to undo a rectangle, never sent. */
  unblurred: EncodedPhoto | null;
}

export interface ProcessPhotoOptions {
  /** Defaults to the File's name. */
  originalName?: string;
  /** With `issueReceivedAt`, lets an "after" photo be checked against the issue's receipt. */
  role?: PhotoRole;
  issueReceivedAt?: string;
  /** Find the faces on the device and blur them before the photo is encoded. */
  blurFaces?: boolean;
}

/** A rectangle to blur, in the photo's own pixels (the output space of processPhoto). */
export interface RedactionRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A blurred rectangle and who chose it: the face detector or the supervisor. */
export interface MarkedRect extends RedactionRect {
  origin: 'face' | 'manual';
}

/** The two photos of a same-place comparison (same-place/compare.ts). */
export interface SamePlaceInput {
  resident: Blob;
  photo: Blob;
  /** The resident photo's SHA-256: its details are kept under it. */
  residentKey?: string;
}
