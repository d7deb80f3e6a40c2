import { Random, hashString } from '../random';
import type { House } from './addresses';
import type { TopicMeta } from './categories';
import { TextContext, composeComplaint } from './complaints';
import type { CompanyArea } from './companies';
import { composeReportText } from './report-texts';

// Where an issue happens and what the resident and the company wrote about it. The demo
// composes every story afresh; the benchmark draws from a pool of stories composed once,
// so that a hundred thousand issues cost a hundred thousand picks, not string building.

export interface ReportTextRequest {
  /** The terse first attempt a moderator returns. */
  sloppy: boolean;
  hasPhotos: boolean;
  hasBeforePhotos: boolean;
}

export interface Story {
  readonly house: House;
  readonly title: string;
  readonly description: string;
  reportText(request: ReportTextRequest, rng: Random): string;
}

export interface StorySource {
  /** A story at `house` when given, else at a house drawn by size. */
  story(areaIndex: number, topic: TopicMeta, rng: Random, house?: House): Story;
}

/** Bigger houses (more floors, more entrances) file more complaints. */
function housePicker(houses: readonly House[]): (rng: Random) => House {
  const weights = houses.map((house) => house.floors * house.entrances);
  return (rng) => houses[rng.weightedIndex(weights)] ?? (houses[0] as House);
}

/** How many of a company's latest complaints a new one must differ from: a screenful and more. */
const DISTINCT_WINDOW = 120;
const ATTEMPTS = 6;

export class ComposedStories implements StorySource {
  private readonly pickers: ((rng: Random) => House)[];
  private readonly recent: string[][];

  constructor(private readonly areas: readonly CompanyArea[]) {
    this.pickers = areas.map((area) => housePicker(area.houses));
    this.recent = areas.map(() => []);
  }

  story(areaIndex: number, topic: TopicMeta, rng: Random, at?: House): Story {
    const area = this.areas[areaIndex];
    const picker = this.pickers[areaIndex];
    const recent = this.recent[areaIndex];
    if (area === undefined || picker === undefined || recent === undefined) {
      throw new RangeError(`no company area ${areaIndex}`);
    }
    const compose = () => {
      const house = at ?? picker(rng);
      // The context keeps its own stream, so that report texts drawn later agree with the complaint.
      const context = new TextContext(rng.fork(house.address), house, { company: area.company.name });
      return { house, context, complaint: composeComplaint(topic, context, rng) };
    };
    // In a snowy week the same short complaint comes up again and again; residents do write
    // alike, but a list where two rows read word for word the same looks machine-made.
    let drawn = compose();
    for (let attempt = 1; attempt < ATTEMPTS && recent.includes(drawn.complaint.description); attempt += 1) {
      drawn = compose();
    }
    const { house, context, complaint } = drawn;
    recent.push(complaint.description);
    if (recent.length > DISTINCT_WINDOW) recent.shift();
    return {
      house,
      title: complaint.title,
      description: complaint.description,
      reportText: (request, reportRng) =>
        composeReportText(topic.category.id, context, reportRng, {
          formal: request.sloppy,
          hasPhotos: request.hasPhotos,
          hasBeforePhotos: request.hasBeforePhotos,
        }),
    };
  }
}

/**
 * A fixed number of composed stories per company and topic, each with its report texts
 * written in advance. Reports in the benchmark never carry "before" photos, so the texts
 * are composed without mentioning them.
 */
export class PooledStories implements StorySource {
  private readonly pools = new Map<string, Story[]>();
  private readonly composer: ComposedStories;

  constructor(
    areas: readonly CompanyArea[],
    private readonly seed: number,
    private readonly perTopic: number,
  ) {
    this.composer = new ComposedStories(areas);
  }

  story(areaIndex: number, topic: TopicMeta, rng: Random, house?: House): Story {
    return house === undefined
      ? rng.pick(this.pool(areaIndex, topic))
      : this.composer.story(areaIndex, topic, rng, house);
  }

  private pool(areaIndex: number, topic: TopicMeta): Story[] {
    const key = `${areaIndex}/${topic.category.id}`;
    let pool = this.pools.get(key);
    if (pool === undefined) {
      pool = [];
      const rng = new Random((this.seed ^ hashString(key)) >>> 0);
      for (let i = 0; i < this.perTopic; i += 1) {
        const composed = this.composer.story(areaIndex, topic, rng);
        const answer = (): string =>
          composed.reportText({ sloppy: false, hasPhotos: true, hasBeforePhotos: false }, rng);
        const sloppy = composed.reportText({ sloppy: true, hasPhotos: true, hasBeforePhotos: false }, rng);
        const answers = [answer(), answer()];
        pool.push({
          house: composed.house,
          title: composed.title,
          description: composed.description,
          reportText: (request, pickRng) => (request.sloppy ? sloppy : pickRng.pick(answers)),
        });
      }
      this.pools.set(key, pool);
    }
    return pool;
  }
}
