import { PhotoError } from './errors';
import { PHOTO_INPUT_MAX_BYTES } from './limits';
import { isImageComplete, sniffImageType, type InputMediaType } from './sniff';

export interface AcceptedImage {
  bytes: Uint8Array;
  mediaType: InputMediaType;
}

/**
 * The checks made before decoding, cheapest first: the size (without reading a byte), the real
 * type from the first bytes, then whether the file is whole. A browser decodes a cut-off JPEG
 * into a picture with a grey lower half instead of failing, so completeness is checked here.
 */
export async function acceptImage(input: Blob): Promise<AcceptedImage> {
  if (input.size > PHOTO_INPUT_MAX_BYTES) {
    throw new PhotoError({ code: 'too_large', bytes: input.size, limitBytes: PHOTO_INPUT_MAX_BYTES });
  }
  if (input.size === 0) throw new PhotoError({ code: 'corrupt', reason: 'empty' });
  const bytes = new Uint8Array(await input.arrayBuffer());
  const sniffed = sniffImageType(bytes);
  if (sniffed.kind === 'unsupported') {
    throw new PhotoError({ code: 'unsupported_type', detected: sniffed.detected });
  }
  if (!isImageComplete(bytes, sniffed.mediaType))
    throw new PhotoError({ code: 'corrupt', reason: 'truncated' });
  return { bytes, mediaType: sniffed.mediaType };
}
