import { fitWithin, type Size } from './geometry';
import { jpegFrameSize } from './sniff';

// A 12 MP phone photo is decoded, resampled and encoded to send 3 MP. A JPEG can be decoded
// straight at 1/2, 1/4 or 1/8 of its size: the decoder's inverse DCT then averages each block
// (an antialiased reduction, with no 12 MP bitmap at all), and these three reductions are the
// fast ones of libjpeg-turbo. WebCodecs' ImageDecoder asks for it with a desired size; the
// frame it gives carries the EXIF orientation, which drawing applies.

/**
 * A reduction may leave the image this much short of the output size, to be made up by the
 * final resampling: 3 % of 2048 px is invisible, and 4000 px photos decode at 1/2 to 2000 px.
 */
const MAX_SHORTFALL = 0.03;

const longEdge = (size: Size): number => Math.max(size.width, size.height);

/**
 * The strongest of the fast reductions (2, 4 or 8) that still gives at least the output's long
 * edge, less MAX_SHORTFALL; 1 when none does.
 */
export function jpegReduction(stored: Size, output: Size): number {
  const needed = longEdge(output) * (1 - MAX_SHORTFALL);
  for (const divisor of [8, 4, 2]) if (Math.ceil(longEdge(stored) / divisor) >= needed) return divisor;
  return 1;
}

/** The orientation turned the picture a quarter: the frame shows its stored width as height. */
const turnedQuarter = (frame: VideoFrame): boolean =>
  frame.codedWidth !== frame.codedHeight &&
  frame.displayWidth === frame.codedHeight &&
  frame.displayHeight === frame.codedWidth;

/** The first frame at about the desired size; null when the decoder refuses the bytes. */
async function decodeFrame(bytes: Uint8Array, desired: Size): Promise<VideoFrame | null> {
  let decoder: ImageDecoder;
  try {
    decoder = new ImageDecoder({
      data: bytes,
      type: 'image/jpeg',
      desiredWidth: desired.width,
      desiredHeight: desired.height,
    });
  } catch {
    return null;
  }
  try {
    return (await decoder.decode()).image;
  } catch {
    return null;
  } finally {
    decoder.close();
  }
}

/**
 * The JPEG upright and fitted to `maxEdge` on a canvas, decoded at a reduced size; null when
 * that cannot be done here (no ImageDecoder, no frame header, nothing to reduce, or the decoder
 * refused), and the caller decodes the whole image instead. A JPEG has no transparency: the
 * canvas is opaque without being filled.
 */
export async function decodeJpegReduced(bytes: Uint8Array, maxEdge: number): Promise<OffscreenCanvas | null> {
  if (typeof ImageDecoder === 'undefined') return null;
  const stored = jpegFrameSize(bytes);
  if (stored === undefined) return null;
  const output = fitWithin(stored, maxEdge);
  const divisor = jpegReduction(stored, output);
  if (divisor === 1) return null;
  const frame = await decodeFrame(bytes, {
    width: Math.ceil(stored.width / divisor),
    height: Math.ceil(stored.height / divisor),
  });
  if (frame === null) return null;
  try {
    // A decoder that reduced less than asked is fine; one that reduced more is not used.
    const decoded = { width: frame.codedWidth, height: frame.codedHeight };
    if (longEdge(decoded) < longEdge(output) * (1 - MAX_SHORTFALL)) return null;
    const upright = turnedQuarter(frame) ? { width: output.height, height: output.width } : output;
    const canvas = new OffscreenCanvas(upright.width, upright.height);
    const context = canvas.getContext('2d');
    if (!context) return null;
    // Within the shortfall the last step is a stretch of a few per cent, where bilinear is
    // exact enough; a real reduction gets the high-quality resampler.
    context.imageSmoothingQuality = longEdge(decoded) > longEdge(output) ? 'high' : 'low';
    context.drawImage(frame, 0, 0, upright.width, upright.height);
    return canvas;
  } finally {
    frame.close();
  }
}
