import { PhotoError } from '../errors';
import type { RedactionRect } from '../types';
import { detectionScale, faceRectsOnPhoto } from './face-boxes';

/**
 * The faces on a photo (the pipeline's canvas), as rectangles in its own pixels. The detector
 * looks at a copy at most FACE_DETECT_EDGE on its long edge, which keeps it within tens of
 * milliseconds on a 12 MP photo; the boxes are mapped back and grown to cover the whole head.
 */
export async function findFaces(canvas: OffscreenCanvas): Promise<RedactionRect[]> {
  const { size, factor } = detectionScale(canvas);
  const copy = new OffscreenCanvas(size.width, size.height);
  const context = copy.getContext('2d', { willReadFrequently: true });
  if (!context) throw new PhotoError({ code: 'internal', detail: 'no 2D context for face detection' });
  context.imageSmoothingQuality = 'high';
  context.drawImage(canvas, 0, 0, size.width, size.height);
  const image = context.getImageData(0, 0, size.width, size.height);
  // The model and TensorFlow.js are a chunk of their own, loaded with the first photo.
  const { locateFaces } = await import('./face-model');
  return faceRectsOnPhoto(await locateFaces(image), factor, canvas);
}

/**
 * Loads the model and starts TensorFlow.js's WebAssembly ahead of the first photo (a few hundred
 * milliseconds of this worker's time). A failure here is the same the first photo would meet:
 * that photo then goes on marked unchecked for faces.
 */
export async function prepareFaceDetector(): Promise<void> {
  const { prepareDetector } = await import('./face-model');
  await prepareDetector();
}
