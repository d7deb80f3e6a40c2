import { checkPhoto } from '../../renderer/src/features/report/checks/photo-checks';
import { createPhotoPipeline } from '../../renderer/src/features/report/photos/client';
import type { ChecksBenchOptions, ChecksBenchResult, ChecksBenchRun, ChecksBenchWindow } from './contract';

// The bench page: a photo taken into a report as the editor's photo intake does it
// (photo-intake.ts, then use-same-place.ts), through the real client and photo worker: the
// pipeline with face blurring and the capture-time check, then the comparison with the
// resident's photo, then the verdicts the checks beside Send show. The resident's details are
// not kept between runs, so each run pays what the first photo of a report pays.

async function blobOf(url: string): Promise<Blob> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.blob();
}

/** The resident's photo of the same scene: the fixture at a phone's sharing size, as the city keeps it. */
async function residentOf(photo: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(photo, { resizeWidth: 1280, resizeQuality: 'high' });
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
  bitmap.close();
  return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
}

async function runChecksBench(options: ChecksBenchOptions): Promise<ChecksBenchResult> {
  const pipeline = createPhotoPipeline();
  const sameResident = await residentOf(await blobOf(options.photos[0]?.url ?? ''));
  const otherResident = await blobOf(options.otherResidentUrl);
  const files = await Promise.all(
    options.photos.map(async (photo) => ({
      photo,
      file: new File([await blobOf(photo.url)], photo.name, { type: photo.type }),
    })),
  );
  const issue = { receivedAt: options.issueReceivedAt, ...options.issue };
  // From here on: the setup above (the resident photo made on this thread) is the bench's own work.
  const longTasks: number[] = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
  const runs: ChecksBenchRun[] = [];
  for (let run = 0; run < options.warmups + options.runs; run += 1) {
    for (const { photo, file } of files) {
      const resident = run % 2 === 0 ? 'same' : 'other';
      const started = performance.now();
      const processed = await pipeline.process(file, {
        originalName: file.name,
        role: 'after',
        issueReceivedAt: options.issueReceivedAt,
        blurFaces: true,
      });
      const processedAt = performance.now();
      const comparison = await pipeline.compareSamePlace({
        resident: resident === 'same' ? sameResident : otherResident,
        photo: processed.blob,
        residentKey: `${resident}-${run}-${photo.kind}`,
      });
      const comparedAt = performance.now();
      const results = checkPhoto(
        {
          capturedAt: processed.capturedAt,
          location: processed.location,
          stats: processed.stats,
          samePlace: comparison,
          facesUnchecked: processed.warnings.includes('faces_unchecked'),
        },
        issue,
        new Date(),
      );
      const finished = performance.now();
      if (run < options.warmups) continue;
      runs.push({
        kind: photo.kind,
        resident,
        processMs: processedAt - started,
        compareMs: comparedAt - processedAt,
        verdictMs: finished - comparedAt,
        totalMs: finished - started,
        codes: results.map((result) => result.code),
      });
    }
  }
  pipeline.dispose();
  return { runs, longTasks };
}

(window as unknown as ChecksBenchWindow).runChecksBench = runChecksBench;
