import * as faceapi from '@vladmandic/face-api';
// The weights and the WebAssembly ship inside their npm packages and are bundled into this chunk
// as data: nothing is fetched, from the network or from the app's own files.
import weightsDataUrl from '@vladmandic/face-api/model/tiny_face_detector_model.bin?inline';
import manifest from '@vladmandic/face-api/model/tiny_face_detector_model-weights_manifest.json';
import wasmDataUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?inline';
import type { DetectedBox } from './face-boxes';

// face-api's Tiny Face Detector (a 190 KB Tiny-YOLOv2 over depthwise convolutions) on the
// TensorFlow.js build the package bundles, with its WebAssembly (SIMD) backend, in the photo
// worker. This module is imported only when a photo is checked for faces: a chunk of its own.

/** The side of the square the detector resizes its input to (a multiple of 32). */
export const FACE_INPUT_SIZE = 512;
/** Below this confidence a box is not taken for a face. */
export const FACE_SCORE_THRESHOLD = 0.3;

const { tf } = faceapi;

/**
 * The parts of the bundled TensorFlow.js used here that face-api's type declarations leave out
 * (they are in the bundle: tfjs-core 4.22 with the cpu, webgl and wasm backends).
 */
interface BundledTf {
  env(): { platform: { fetch(path: string, init?: RequestInit): Promise<Response> } };
  setWasmPaths(paths: Record<string, string>, usePlatformFetch: boolean): void;
  setBackend(name: 'wasm' | 'cpu'): Promise<boolean>;
  ready(): Promise<void>;
}
const engine = tf as unknown as BundledTf;

function bytesOf(dataUrl: string): Uint8Array<ArrayBuffer> {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The name the backend asks its platform to fetch; answered from the inlined bytes. */
const WASM_NAME = 'inline:tfjs-backend-wasm-simd.wasm';

async function startBackend(): Promise<void> {
  const platform = engine.env().platform;
  const platformFetch = platform.fetch.bind(platform);
  platform.fetch = (path: string, init?: RequestInit) =>
    path === WASM_NAME
      ? Promise.resolve(
          new Response(bytesOf(wasmDataUrl), { headers: { 'Content-Type': 'application/wasm' } }),
        )
      : platformFetch(path, init);
  // Every Chromium the app runs in has WebAssembly SIMD; without it the compile fails and the
  // pure JavaScript backend (ten times slower) takes over.
  engine.setWasmPaths(
    {
      'tfjs-backend-wasm.wasm': WASM_NAME,
      'tfjs-backend-wasm-simd.wasm': WASM_NAME,
      'tfjs-backend-wasm-threaded-simd.wasm': WASM_NAME,
    },
    true,
  );
  const wasm = await engine.setBackend('wasm').catch(() => false);
  if (!wasm) await engine.setBackend('cpu');
  await engine.ready();
}

/**
 * face-api's environment for a worker: it knows a window or Node.js only. The detector is given
 * tensors, so the canvas and image classes serve only its type checks; it may fetch nothing.
 */
function workerEnvironment(): faceapi.Environment {
  const refuse = () => Promise.reject(new Error('the face model fetches nothing'));
  const none = (): never => {
    throw new Error('no DOM elements in the photo worker');
  };
  return {
    Canvas: OffscreenCanvas as unknown as typeof HTMLCanvasElement,
    CanvasRenderingContext2D: OffscreenCanvasRenderingContext2D as unknown as typeof CanvasRenderingContext2D,
    Image: ImageBitmap as unknown as typeof HTMLImageElement,
    ImageData,
    Video: ImageBitmap as unknown as typeof HTMLVideoElement,
    createCanvasElement: () => new OffscreenCanvas(1, 1) as unknown as HTMLCanvasElement,
    createImageElement: none,
    createVideoElement: none,
    fetch: refuse,
    readFile: refuse,
  };
}

async function loadDetector(): Promise<faceapi.TinyFaceDetector> {
  if (!faceapi.env.isBrowser()) faceapi.env.setEnv(workerEnvironment());
  await startBackend();
  const specs = manifest.flatMap((group) => group.weights) as Parameters<typeof tf.io.decodeWeights>[1];
  const detector = new faceapi.TinyFaceDetector();
  detector.loadFromWeightMap(tf.io.decodeWeights(bytesOf(weightsDataUrl).buffer, specs));
  return detector;
}

let detector: Promise<faceapi.TinyFaceDetector> | null = null;

/** The detector, loaded once (a failed load is kept: every photo then says it was not checked). */
export async function prepareDetector(): Promise<faceapi.TinyFaceDetector> {
  detector ??= loadDetector();
  return detector;
}

/** The faces on an image, as boxes in its own pixels; the model is loaded on first use. */
export async function locateFaces(image: ImageData): Promise<DetectedBox[]> {
  const net = await prepareDetector();
  const pixels = tf.browser.fromPixels(image);
  try {
    const found = await net.locateFaces(
      pixels,
      new faceapi.TinyFaceDetectorOptions({
        inputSize: FACE_INPUT_SIZE,
        scoreThreshold: FACE_SCORE_THRESHOLD,
      }),
    );
    return found.map(({ box }) => ({ x: box.x, y: box.y, width: box.width, height: box.height }));
  } finally {
    pixels.dispose();
  }
}
