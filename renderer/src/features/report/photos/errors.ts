// Why a photo was refused, as data: the worker sends it across postMessage (where an Error loses
// its own fields) and the editor turns the code into words in the person's language.

/** What a refused file really was, read from its first bytes. */
export type UnsupportedKind = 'avif' | 'gif' | 'bmp' | 'tiff' | 'pdf' | 'unknown';

export type CorruptReason = 'empty' | 'truncated' | 'undecodable';

export type PhotoFailure =
  /** Not JPEG, PNG, WebP or HEIC/HEIF. */
  | { code: 'unsupported_type'; detected: UnsupportedKind }
  /** The input is larger than the pipeline will read; both figures in bytes. */
  | { code: 'too_large'; bytes: number; limitBytes: number }
  /** An image type we accept, but its bytes are cut short or cannot be decoded. */
  | { code: 'corrupt'; reason: CorruptReason }
  /** A fault of the pipeline itself (the worker died, the encoder failed): not the file's fault. */
  | { code: 'internal'; detail: string };

export type PhotoFailureCode = PhotoFailure['code'];

const MIB = 1024 * 1024;
export const formatMiB = (bytes: number): string => `${(bytes / MIB).toFixed(1)} MiB`;

/** An English sentence for logs and developers; the editor shows its own translated text per code. */
export function describePhotoFailure(failure: PhotoFailure): string {
  switch (failure.code) {
    case 'unsupported_type':
      return `Only JPEG, PNG, WebP and HEIC photos are accepted; this file is ${failure.detected === 'unknown' ? 'not an image' : failure.detected.toUpperCase()}.`;
    case 'too_large':
      return `The file is ${formatMiB(failure.bytes)}; at most ${formatMiB(failure.limitBytes)} can be processed.`;
    case 'corrupt':
      return failure.reason === 'empty'
        ? 'The file is empty.'
        : failure.reason === 'truncated'
          ? 'The image is cut short (an incomplete copy or download).'
          : 'The image cannot be decoded.';
    case 'internal':
      return `The photo could not be processed: ${failure.detail}`;
  }
}

export class PhotoError extends Error {
  readonly failure: PhotoFailure;

  constructor(failure: PhotoFailure) {
    super(describePhotoFailure(failure));
    this.name = 'PhotoError';
    this.failure = failure;
  }

  get code(): PhotoFailureCode {
    return this.failure.code;
  }
}

export const isPhotoError = (value: unknown): value is PhotoError => value instanceof PhotoError;
