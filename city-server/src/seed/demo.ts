import { buildWorld } from './demo-data/builder';
import { northCompany, southCompany } from './demo-data/companies';
import { ComposedStories } from './demo-data/stories';
import { photoScenes } from './photos';
import { Random } from './random';
import type { SeedWorld } from './world';

// The demo city: a year of residents' complaints in Орехово-Борисово Северное, and a
// smaller share in Южное, played through the portal's workflow up to `now`. Every text is
// composed afresh; the content is what a dispatcher looks at, so it has to read as real.
// Whatever the date, a few issues of each kind of the day's work are planned (present.ts),
// so that the queue is never without new, due, overdue, returned or reopened ones.

export { DEMO_PASSWORD } from './demo-data/builder';

/** The demo city for the workstation: about 3,600 issues for Северное and 400 for Южное. */
export function generateDemoWorld(opts: { now: Date; seed: number }): SeedWorld {
  const sizeRng = new Random(opts.seed).fork('size');
  return buildWorld({
    now: opts.now,
    seed: opts.seed,
    issues: 4000 + sizeRng.int(0, 200),
    companies: [
      {
        area: northCompany,
        share: 0.9,
        staff: {
          dispatchers: 5,
          supervisors: 22,
          managers: 3,
          inactiveDispatchers: 1,
          inactiveSupervisors: 2,
        },
        loginPrefix: '',
        beforePhotosPerScene: 1,
        afterPhotosPerScene: 1,
        present: { unassigned: 6, dueToday: 4, overdue: 4, returned: 3, reopened: 3 },
      },
      {
        area: southCompany,
        share: 0.1,
        staff: {
          dispatchers: 2,
          supervisors: 3,
          managers: 1,
          inactiveDispatchers: 0,
          inactiveSupervisors: 0,
        },
        loginPrefix: 'neighbour.',
        beforePhotosPerScene: 0,
        afterPhotosPerScene: 1,
        present: { unassigned: 2, dueToday: 1, overdue: 1, returned: 1, reopened: 1 },
      },
    ],
    residentPhotosPerScene: 2,
    scenes: photoScenes,
    stories: (areas) => new ComposedStories(areas),
  });
}
