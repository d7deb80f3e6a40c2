import { buildWorld } from './demo-data/builder';
import { northCompany, southCompany } from './demo-data/companies';
import { PooledStories } from './demo-data/stories';
import type { PhotoScene } from './photos';
import type { SeedWorld } from './world';

// The benchmark world: the demo's companies and categories, a handful of staff, and as many
// issues as asked for, spread over the year before `now` and played through the same
// workflow. Built for size, not for reading: texts come from a small pool composed once,
// and a dozen photos are shared by every issue, so 100,000 issues take seconds and tens of MB.

/** Few scenes, one photo each per uploader: about a dozen photos in all. */
const BENCH_SCENES: readonly PhotoScene[] = ['rubbish', 'snow', 'asphalt', 'stairwell'];

/** Composed stories kept per company and topic. */
const STORIES_PER_TOPIC = 24;

export function generateBenchWorld(opts: { issues: number; now: Date; seed: number }): SeedWorld {
  return buildWorld({
    now: opts.now,
    seed: opts.seed,
    issues: opts.issues,
    companies: [
      {
        area: northCompany,
        share: 0.85,
        staff: {
          dispatchers: 2,
          supervisors: 6,
          managers: 1,
          inactiveDispatchers: 0,
          inactiveSupervisors: 0,
        },
        loginPrefix: '',
        beforePhotosPerScene: 0,
        afterPhotosPerScene: 1,
      },
      {
        area: southCompany,
        share: 0.15,
        staff: {
          dispatchers: 1,
          supervisors: 2,
          managers: 1,
          inactiveDispatchers: 0,
          inactiveSupervisors: 0,
        },
        loginPrefix: 'neighbour.',
        beforePhotosPerScene: 0,
        afterPhotosPerScene: 1,
      },
    ],
    residentPhotosPerScene: 1,
    scenes: BENCH_SCENES,
    stories: (areas, seed) => new PooledStories(areas, seed, STORIES_PER_TOPIC),
  });
}
