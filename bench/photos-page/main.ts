import { createPhotoPipeline } from '../../renderer/src/features/report/photos/client';
import type { PhotoBenchOptions, PhotoBenchResult, PhotoBenchWindow } from './contract';

// The bench page: the real client and worker, as the editor uses them, timed from the UI thread's
// side (postMessage both ways included). The bare decode is timed in this same page, alternating
// with the pipeline runs so that any drift of a busy machine falls on both alike.

async function runPhotoBench({ fixtureUrl, warmups, runs }: PhotoBenchOptions): Promise<PhotoBenchResult> {
  const blob = await (await fetch(fixtureUrl)).blob();
  const file = new File([blob], 'bench.jpg', { type: 'image/jpeg' });
  const pipeline = createPhotoPipeline();
  const result: PhotoBenchResult = {
    inputBytes: blob.size,
    pipelineMs: [],
    bareDecodeMs: [],
    outputBytes: [],
    output: { width: 0, height: 0 },
    decoded: { width: 0, height: 0 },
  };
  try {
    for (let index = 0; index < warmups + runs; index += 1) {
      const measured = index >= warmups;

      const pipelineStart = performance.now();
      const photo = await pipeline.process(file);
      const pipelineMs = performance.now() - pipelineStart;

      const decodeStart = performance.now();
      const bitmap = await createImageBitmap(blob);
      const decodeMs = performance.now() - decodeStart;
      result.decoded = { width: bitmap.width, height: bitmap.height };
      bitmap.close();

      if (!measured) continue;
      result.pipelineMs.push(pipelineMs);
      result.bareDecodeMs.push(decodeMs);
      result.outputBytes.push(photo.bytes);
      result.output = { width: photo.width, height: photo.height };
    }
  } finally {
    pipeline.dispose();
  }
  return result;
}

(window as unknown as PhotoBenchWindow).runPhotoBench = runPhotoBench;
