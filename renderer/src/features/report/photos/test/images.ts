// Helpers of the photo pipeline's browser tests: fixtures as Files, refusals, and pixels read back.
import { expect } from 'vitest';
import { PhotoError, type PhotoFailure } from '../errors';

/** A fixture served by Vite (`?url` import) as the File a person would drop. */
export async function fixture(url: string, name: string, type = ''): Promise<File> {
  const response = await fetch(url);
  return new File([await response.blob()], name, { type });
}

/** Whether this runs in a browser that draws (happy-dom declares OffscreenCanvas but draws nothing). */
export function canDrawOffscreen(): boolean {
  try {
    return typeof Worker !== 'undefined' && new OffscreenCanvas(1, 1).getContext('2d') !== null;
  } catch {
    return false;
  }
}

export async function pixelsOf(blob: Blob): Promise<ImageData> {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D context');
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

export type Rgb = [number, number, number];

/** The mean colour of a square of pixels. */
export function meanColour(image: ImageData, x: number, y: number, size: number): Rgb {
  const sum: Rgb = [0, 0, 0];
  for (let row = y; row < y + size; row += 1) {
    for (let column = x; column < x + size; column += 1) {
      const at = (row * image.width + column) * 4;
      sum[0] += image.data[at] ?? 0;
      sum[1] += image.data[at + 1] ?? 0;
      sum[2] += image.data[at + 2] ?? 0;
    }
  }
  return sum.map((channel) => channel / (size * size)) as Rgb;
}

/** The failure a job was refused with; fails the test when it was not refused with a PhotoError. */
export async function refusal(work: Promise<unknown>): Promise<PhotoFailure> {
  const error: unknown = await work.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(PhotoError);
  return (error as PhotoError).failure;
}
