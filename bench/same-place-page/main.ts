import { createPhotoPipeline } from '../../renderer/src/features/report/photos/client';
import type { SamePlaceBenchOutcome, SamePlaceBenchPair, SamePlaceBenchWindow } from './contract';

// The bench page: the editor's own client and photo worker, each comparison timed from the UI
// thread's side (both photos' bytes posted, decoded, compared, the answer posted back). No
// resident key is passed, so the worker keeps nothing between comparisons: every one pays for
// both photos, as the first comparison of a report does.

const pipeline = createPhotoPipeline();

async function blobOf(url: string): Promise<Blob> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.blob();
}

async function runSamePlaceBench(
  pairs: SamePlaceBenchPair[],
  rounds: number,
): Promise<SamePlaceBenchOutcome[]> {
  const photos = await Promise.all(
    pairs.map(async (pair) => ({
      pair,
      resident: await blobOf(pair.residentUrl),
      photo: await blobOf(pair.afterUrl),
    })),
  );
  const first = photos[0];
  // One comparison that loads the comparison's chunk in the worker, not counted.
  if (first) await pipeline.compareSamePlace({ resident: first.resident, photo: first.photo });
  const outcomes: SamePlaceBenchOutcome[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const { pair, resident, photo } of photos) {
      const started = performance.now();
      const result = await pipeline.compareSamePlace({ resident, photo });
      outcomes.push({ id: pair.id, ms: performance.now() - started, ...result });
    }
  }
  return outcomes;
}

(window as unknown as SamePlaceBenchWindow).runSamePlaceBench = runSamePlaceBench;
