import { PhotoError } from './errors';

/**
 * The photo as it is meant to be seen: EXIF orientation applied by the browser's decoder, so a
 * phone held upright gives an upright picture even though the re-encode drops the Orientation tag.
 * A decode failure is the file's fault (corrupt), whatever the browser's message says.
 */
export async function decodeOriented(source: Blob): Promise<ImageBitmap> {
  try {
    return await createImageBitmap(source, { imageOrientation: 'from-image' });
  } catch {
    throw new PhotoError({ code: 'corrupt', reason: 'undecodable' });
  }
}
