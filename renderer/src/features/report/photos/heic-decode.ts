import libheif, {
  type HeifDecodedImage,
  type HeifHandle,
  type LibHeif,
} from 'libheif-js/libheif-wasm/libheif-bundle.mjs';
import { flattenOnWhite } from './encode';
import { PhotoError } from './errors';
import { fitWithin } from './geometry';

// HEIC/HEIF (an iPhone's photos) decoded by libheif and libde265 compiled to WebAssembly
// (libheif-js). Loaded by decode.ts with a dynamic import only when a HEIC arrives, so the
// 2 MB module stays out of the worker's first load and out of the normal photo path.

let instance: LibHeif | undefined;
/** One libheif a worker: instantiating the WebAssembly takes a few hundred milliseconds. */
const heif = (): LibHeif => (instance ??= libheif());

const undecodable = (): PhotoError => new PhotoError({ code: 'corrupt', reason: 'undecodable' });

/**
 * The decoded picture's RGBA rows as an ImageData. Rows without padding are a view of the
 * WebAssembly memory, not a copy (12 MP are 48 MB): valid only until the image is released, so
 * the caller draws from it before then. Padded rows are copied out.
 */
function pixelsOf(lib: LibHeif, image: HeifDecodedImage): ImageData {
  const channel = image.channels.find((it) => it.id === lib.heif_channel.heif_channel_interleaved);
  if (!channel || channel.width <= 0 || channel.height <= 0) throw undecodable();
  const { width, height, stride, data } = channel;
  if (stride === width * 4) {
    // The build has no threads: its memory is a plain ArrayBuffer, never a shared one.
    const view = new Uint8ClampedArray(data.buffer as ArrayBuffer, data.byteOffset, width * height * 4);
    return new ImageData(view, width, height);
  }
  const pixels = new ImageData(width, height);
  for (let row = 0; row < height; row += 1) {
    pixels.data.set(data.subarray(row * stride, row * stride + width * 4), row * width * 4);
  }
  return pixels;
}

/**
 * The primary image's pixels, with libheif's default transformations (irot, imir, clap) applied,
 * given to `draw` while libheif still holds them.
 */
async function decodePrimary<T>(bytes: Uint8Array, draw: (pixels: ImageData) => Promise<T>): Promise<T> {
  const lib = heif();
  const context = lib.heif_context_alloc();
  if (!context) throw new PhotoError({ code: 'internal', detail: 'libheif could not allocate a context' });
  try {
    const read = lib.heif_context_read_from_memory(context, bytes);
    if (read.code !== lib.heif_error_code.heif_error_Ok) throw undecodable();
    const handle = lib.heif_js_context_get_primary_image_handle(context);
    if ('code' in handle) throw undecodable();
    try {
      return await decodeHandle(lib, handle, draw);
    } finally {
      lib.heif_image_handle_release(handle);
    }
  } finally {
    lib.heif_context_free(context);
  }
}

async function decodeHandle<T>(
  lib: LibHeif,
  handle: HeifHandle,
  draw: (pixels: ImageData) => Promise<T>,
): Promise<T> {
  const image = await lib.heif_js_decode_image2(
    handle,
    lib.heif_colorspace.heif_colorspace_RGB,
    lib.heif_chroma.heif_chroma_interleaved_RGBA,
  );
  if (!image || image.code !== undefined) throw undecodable();
  try {
    return await draw(pixelsOf(lib, image));
  } finally {
    lib.heif_image_release(image.image);
  }
}

/** The HEIC upright and at most `maxEdge` on its long edge, on a canvas over white. */
export async function decodeHeicToFit(bytes: Uint8Array, maxEdge: number): Promise<OffscreenCanvas> {
  // Resampled straight from libheif's memory: no copy of the 12 MP picture, no 12 MP bitmap.
  const bitmap = await decodePrimary(bytes, (pixels) => {
    const { width, height } = fitWithin(pixels, maxEdge);
    return createImageBitmap(pixels, { resizeWidth: width, resizeHeight: height, resizeQuality: 'high' });
  });
  const canvas = flattenOnWhite(bitmap);
  bitmap.close();
  return canvas;
}
