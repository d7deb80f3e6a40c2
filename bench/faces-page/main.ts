import { createPhotoPipeline } from '../../renderer/src/features/report/photos/client';
import { matchFaces } from '../../renderer/src/features/report/photos/test/face-recall';
import type { FaceBenchOptions, FaceBenchResult, FaceBenchWindow } from './contract';

// The bench page: the real client and worker, as the editor uses them. First the recall over the
// fixture photos, then the 12 MP photo with and without face blurring, turn and turn about, so
// that any drift of a busy machine falls on both alike.

async function fileOf(url: string, name: string): Promise<File> {
  return new File([await (await fetch(url)).blob()], name, { type: 'image/jpeg' });
}

async function runFaceBench(options: FaceBenchOptions): Promise<FaceBenchResult> {
  const pipeline = createPhotoPipeline();
  let hits = 0;
  let expected = 0;
  let falseAlarms = 0;
  for (const fixture of options.fixtures) {
    const processed = await pipeline.process(await fileOf(fixture.url, 'face.jpg'), { blurFaces: true });
    const match = matchFaces(processed.faces?.rects ?? [], fixture.faces);
    hits += match.hits;
    falseAlarms += match.falseAlarms;
    expected += fixture.faces.length;
  }
  const big = await fileOf(options.bigUrl, 'big.jpg');
  const withFacesMs: number[] = [];
  const withoutFacesMs: number[] = [];
  let bigFaces = 0;
  for (let run = 0; run < options.warmups + options.runs; run += 1) {
    const order = run % 2 === 0 ? [true, false] : [false, true];
    for (const blurFaces of order) {
      const started = performance.now();
      const processed = await pipeline.process(big, { blurFaces });
      const elapsed = performance.now() - started;
      if (blurFaces) bigFaces = processed.faces?.rects.length ?? -1;
      if (run >= options.warmups) (blurFaces ? withFacesMs : withoutFacesMs).push(elapsed);
    }
  }
  pipeline.dispose();
  return { hits, expected, falseAlarms, withFacesMs, withoutFacesMs, bigFaces };
}

(window as unknown as FaceBenchWindow).runFaceBench = runFaceBench;
