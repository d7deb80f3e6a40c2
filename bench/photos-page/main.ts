import { createPhotoPipeline } from '../../renderer/src/features/report/photos/client';
import type { PhotoBenchOptions, PhotoBenchResult, PhotoBenchWindow } from './contract';
import { ssimAgainst } from './ssim';

// The bench page: the real client and worker, as the editor uses them, timed from the UI thread's
// side (postMessage both ways included), beside the peer (browser-image-compression, called as
// ../shared/peers/photo-bic.mjs calls it) and the browser's bare decode of the same file. The
// three take turns, each run in another order, so that any drift of a busy machine falls on all alike.

type ImageCompression = (
  file: File,
  options: {
    maxWidthOrHeight: number;
    initialQuality: number;
    fileType: string;
    useWebWorker: boolean;
    maxIteration: number;
  },
) => Promise<Blob>;

/** The peer's script defines a global `imageCompression`, as a page of a site that uses it would. */
async function loadPeer(url: string): Promise<ImageCompression> {
  await new Promise<void>((loaded, failed) => {
    const script = document.createElement('script');
    script.src = url;
    script.onload = () => loaded();
    script.onerror = () => failed(new Error(`the peer's script ${url} did not load`));
    document.head.append(script);
  });
  const peer = (window as unknown as { imageCompression?: ImageCompression }).imageCompression;
  if (!peer) throw new Error('browser-image-compression did not define imageCompression');
  return peer;
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

async function runPhotoBench(options: PhotoBenchOptions): Promise<PhotoBenchResult> {
  const { fixtureUrl, warmups, runs, peerScriptUrl } = options;
  const blob = await (await fetch(fixtureUrl)).blob();
  const file = new File([blob], 'bench.jpg', { type: 'image/jpeg' });
  const peer = peerScriptUrl === null ? null : await loadPeer(peerScriptUrl);
  const pipeline = createPhotoPipeline();
  const result: PhotoBenchResult = {
    inputBytes: blob.size,
    pipelineMs: [],
    peerMs: [],
    bareDecodeMs: [],
    outputBytes: [],
    peerOutputBytes: [],
    output: { width: 0, height: 0 },
    peerOutput: null,
    decoded: { width: 0, height: 0 },
    ssim: { ours: 0, peer: null },
  };
  let ours: Blob | undefined;
  let theirs: Blob | undefined;
  const turns = [
    async (measured: boolean) => {
      const { value: photo, ms } = await timed(() => pipeline.process(file));
      ours = photo.blob;
      if (!measured) return;
      result.pipelineMs.push(ms);
      result.outputBytes.push(photo.bytes);
      result.output = { width: photo.width, height: photo.height };
    },
    async (measured: boolean) => {
      if (peer === null) return;
      const { value: output, ms } = await timed(() =>
        peer(new File([blob], 'photo.jpg', { type: 'image/jpeg' }), {
          maxWidthOrHeight: 2048,
          initialQuality: 0.8,
          fileType: 'image/jpeg',
          useWebWorker: true,
          maxIteration: 1,
        }),
      );
      theirs = output;
      if (!measured) return;
      result.peerMs.push(ms);
      result.peerOutputBytes.push(output.size);
    },
    async (measured: boolean) => {
      const { value: bitmap, ms } = await timed(() => createImageBitmap(blob));
      result.decoded = { width: bitmap.width, height: bitmap.height };
      bitmap.close();
      if (measured) result.bareDecodeMs.push(ms);
    },
  ];
  try {
    for (let index = 0; index < warmups + runs; index += 1) {
      for (let turn = 0; turn < turns.length; turn += 1)
        await turns[(index + turn) % turns.length]?.(index >= warmups);
    }
  } finally {
    pipeline.dispose();
  }
  // Not timed: the quality of the last outputs.
  const ssimOf = await ssimAgainst(blob);
  if (ours) result.ssim.ours = await ssimOf(ours);
  if (theirs) {
    const bitmap = await createImageBitmap(theirs);
    result.peerOutput = { width: bitmap.width, height: bitmap.height };
    bitmap.close();
    result.ssim.peer = await ssimOf(theirs);
  }
  return result;
}

(window as unknown as PhotoBenchWindow).runPhotoBench = runPhotoBench;
