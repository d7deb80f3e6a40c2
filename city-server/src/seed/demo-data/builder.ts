import type { PhotoRef, ReportPhoto } from '@shared/domain';
import { drawShelf, type PhotoScene, type PhotoShelf } from '../photos';
import { Random, hashString } from '../random';
import { allCategories, topics, type TopicMeta } from './categories';
import {
  DAY,
  DeadlineBook,
  HOUR,
  MINUTE,
  WorkdayBook,
  formatMoscow,
  moscowDay,
  moscowHour,
  moscowMonth,
  moscowWeekday,
  moscowYear,
  toSecond,
} from './clock';
import type { CompanyArea } from './companies';
import { pickPriority, simulateIssue } from './lifecycle';
import { inCreationOrder, planPresent, standsAsPlanned, type PresentPlan } from './present';
import { uniqueFullName, type Gender } from './names';
import type { StorySource } from './stories';
import type { SeedIssue, SeedLogin, SeedPhoto, SeedRating, SeedReport, SeedStaff, SeedWorld } from '../world';

// Builds a seed world from a plan: staff and logins for each company, a shelf of photos,
// and a year of residents' complaints played forward through the portal's workflow up to
// `now`. demo.ts feeds it the demo city's plan, bench.ts the benchmark's.

export const DEMO_PASSWORD = 'demo';

export interface StaffPlan {
  readonly dispatchers: number;
  readonly supervisors: number;
  readonly managers: number;
  /** How many of the dispatchers / supervisors have left (inactive). */
  readonly inactiveDispatchers: number;
  readonly inactiveSupervisors: number;
}

export interface CompanyPlan {
  readonly area: CompanyArea;
  /** Relative share of the world's issues. */
  readonly share: number;
  readonly staff: StaffPlan;
  /** Prefix of this company's demo logins: '' gives `dispatcher`, 'neighbour.' gives `neighbour.dispatcher`. */
  readonly loginPrefix: string;
  /** Photos the company uploads with reports: "before" (dirty) and "after" (clean) per scene. */
  readonly beforePhotosPerScene: number;
  readonly afterPhotosPerScene: number;
  /** Issues planned to stand in each state of the day's work at `now` (see present.ts). */
  readonly present?: PresentPlan;
}

export interface WorldPlan {
  readonly now: Date;
  readonly seed: number;
  readonly issues: number;
  readonly companies: readonly CompanyPlan[];
  readonly residentPhotosPerScene: number;
  readonly scenes: readonly PhotoScene[];
  /** Builds the source of stories once the world's randomness is set up. */
  readonly stories: (areas: readonly CompanyArea[], seed: number) => StorySource;
}

// --- staff ---

interface CompanyStaff {
  readonly records: SeedStaff[];
  readonly dispatchers: readonly string[];
  readonly supervisors: readonly string[];
  readonly managers: readonly string[];
}

function buildStaff(rng: Random, plan: CompanyPlan, firstNumber: number, taken: Set<string>): CompanyStaff {
  const records: SeedStaff[] = [];
  const byRole = { dispatcher: [] as string[], supervisor: [] as string[], manager: [] as string[] };
  // Dispatchers at a Жилищник are mostly women, field supervisors mostly men.
  const femaleShare = { dispatcher: 0.85, supervisor: 0.25, manager: 0.5 } as const;
  const add = (role: SeedStaff['role'], count: number, inactive: number): void => {
    for (let i = 0; i < count; i += 1) {
      const id = `st-${String(firstNumber + records.length).padStart(3, '0')}`;
      const gender: Gender = rng.chance(femaleShare[role]) ? 'female' : 'male';
      // The ones who left are listed last in their group, so the demo logins stay active.
      const active = i < count - inactive;
      records.push({
        id,
        companyId: plan.area.company.id,
        name: uniqueFullName(rng, gender, taken),
        role,
        active,
      });
      if (active) byRole[role].push(id);
    }
  };
  add('dispatcher', plan.staff.dispatchers, plan.staff.inactiveDispatchers);
  add('supervisor', plan.staff.supervisors, plan.staff.inactiveSupervisors);
  add('manager', plan.staff.managers, 0);
  return {
    records,
    dispatchers: byRole.dispatcher,
    supervisors: byRole.supervisor,
    managers: byRole.manager,
  };
}

function loginsOf(plan: CompanyPlan, staff: CompanyStaff): SeedLogin[] {
  const logins: SeedLogin[] = [];
  for (const [role, ids] of [
    ['dispatcher', staff.dispatchers],
    ['supervisor', staff.supervisors],
    ['manager', staff.managers],
  ] as const) {
    const first = ids[0];
    if (first !== undefined)
      logins.push({ login: `${plan.loginPrefix}${role}`, password: DEMO_PASSWORD, staffId: first });
  }
  return logins;
}

// --- when residents write ---

/** Residents write from morning to late evening, most after work. Index: Moscow hour. */
const HOUR_WEIGHTS = [
  0.3, 0.15, 0.1, 0.08, 0.08, 0.15, 0.5, 1.2, 2, 2.2, 2, 1.8, 1.6, 1.6, 1.5, 1.5, 1.6, 1.8, 2.2, 2.5, 2.5,
  2.2, 1.5, 0.8,
];

/** How busy each month is: the sum of the topics' seasonal weights. */
function monthIntensity(): number[] {
  return Array.from({ length: 12 }, (_, month) =>
    topics.reduce((sum, t) => sum + t.weight * (t.months[month] ?? 0), 0),
  );
}

/**
 * `count` creation times over the year before `now`, sorted, following the season, the
 * time of day and the week. Stratified sampling of the hourly intensity gives exactly
 * `count` times in one pass, already in order.
 */
function sampleCreationTimes(rng: Random, now: number, count: number): number[] {
  const intensity = monthIntensity();
  const start = now - 365 * DAY;
  const first = Math.floor(start / HOUR) * HOUR; // Moscow is a whole number of hours from UTC
  const bins = Math.ceil((now - first) / HOUR);
  const lows = new Float64Array(bins);
  const spans = new Float64Array(bins);
  const weights = new Float64Array(bins);
  let total = 0;
  for (let b = 0; b < bins; b += 1) {
    const lo = Math.max(first + b * HOUR, start);
    const hi = Math.min(first + (b + 1) * HOUR, now);
    const weekday = moscowWeekday(moscowDay(lo));
    const weekFactor = weekday === 0 || weekday === 6 ? 0.85 : 1;
    const w = Math.max(0, hi - lo) / HOUR;
    lows[b] = lo;
    spans[b] = Math.max(0, hi - lo);
    weights[b] =
      w * weekFactor * (intensity[moscowMonth(lo)] ?? 1) * (HOUR_WEIGHTS[Math.floor(moscowHour(lo))] ?? 1);
    total += weights[b] ?? 0;
  }
  const times: number[] = new Array<number>(count);
  let bin = 0;
  let before = 0;
  for (let i = 0; i < count; i += 1) {
    const target = ((i + rng.next()) / count) * total;
    while (bin < bins - 1 && before + (weights[bin] ?? 0) < target) {
      before += weights[bin] ?? 0;
      bin += 1;
    }
    const w = weights[bin] ?? 0;
    const within = w > 0 ? Math.min(1, (target - before) / w) : 0;
    times[i] = toSecond(Math.min(now - 1000, (lows[bin] ?? start) + within * (spans[bin] ?? 0)));
  }
  return times;
}

/** The portal's numbers: one counter a year for the whole city, of which we see a sample. */
class PortalNumbers {
  private readonly gap: number;
  private readonly perYear: number;
  private year = 0;
  private last = 0;

  constructor(issues: number) {
    // Keep the city-wide counter within seven digits whatever the world's size.
    this.gap = Math.max(1, Math.min(300, Math.floor(8_000_000 / Math.max(1, issues))));
    this.perYear = this.gap * issues;
  }

  next(createdAt: number, rng: Random): string {
    const year = moscowYear(createdAt);
    if (year !== this.year) {
      this.year = year;
      this.last = 0;
    }
    const yearStart = Date.UTC(year, 0, 1) - 3 * HOUR;
    const fraction = (createdAt - yearStart) / (365 * DAY);
    const expected = Math.floor(fraction * this.perYear);
    this.last = Math.max(this.last + 1, expected + rng.int(0, this.gap - 1));
    return ['НГ-', year, '-', String(this.last).padStart(7, '0')].join('');
  }
}

// --- photos ---

interface Shelves {
  readonly resident: PhotoShelf;
  readonly companies: readonly PhotoShelf[];
  /** One PhotoRef and one ReportPhoto per role for each photo, shared by every record using it. */
  readonly refs: Map<string, PhotoRef>;
  readonly asBefore: Map<string, ReportPhoto>;
  readonly asAfter: Map<string, ReportPhoto>;
}

function buildShelves(plan: WorldPlan, seed: number): Shelves {
  const rng = new Random(seed);
  const resident = drawShelf({
    uploadedByCompanyId: null,
    scenes: plan.scenes,
    dirtyPerScene: plan.residentPhotosPerScene,
    cleanPerScene: 0,
    seed: rng.nextUint32(),
  });
  const companies = plan.companies.map((company) =>
    drawShelf({
      uploadedByCompanyId: company.area.company.id,
      scenes: plan.scenes,
      dirtyPerScene: company.beforePhotosPerScene,
      cleanPerScene: company.afterPhotosPerScene,
      seed: rng.nextUint32(),
    }),
  );
  const refs = new Map<string, PhotoRef>();
  const asBefore = new Map<string, ReportPhoto>();
  const asAfter = new Map<string, ReportPhoto>();
  for (const photo of [resident, ...companies].flatMap((shelf) => shelf.all)) {
    refs.set(photo.sha256, { sha256: photo.sha256, width: photo.width, height: photo.height });
    asBefore.set(photo.sha256, { sha256: photo.sha256, role: 'before' });
    asAfter.set(photo.sha256, { sha256: photo.sha256, role: 'after' });
  }
  return { resident, companies, refs, asBefore, asAfter };
}

function pickDistinct(rng: Random, pool: readonly SeedPhoto[], count: number): SeedPhoto[] {
  if (count >= pool.length) return [...pool];
  const chosen = new Set<SeedPhoto>();
  while (chosen.size < count) chosen.add(rng.pick(pool));
  return [...chosen];
}

/** 0–3 photos a resident attaches: mostly of the problem itself, now and then of the whole yard. */
function residentPhotosFor(rng: Random, shelves: Shelves, scene: PhotoScene): PhotoRef[] {
  const count = rng.weightedIndex([0.2, 0.45, 0.25, 0.1]);
  if (count === 0) return [];
  const ofScene = shelves.resident.dirty.get(scene) ?? [];
  const chosen = pickDistinct(rng, ofScene, count);
  if (chosen.length < count)
    chosen.push(
      ...pickDistinct(rng, shelves.resident.all, count - chosen.length).filter((p) => !chosen.includes(p)),
    );
  return chosen.map((photo) => shelves.refs.get(photo.sha256) as PhotoRef);
}

/**
 * The photos of one report. Every report carries an "after" photo when the category asks
 * for one — the city would not have taken it otherwise. A sloppy report's "after" photo
 * still shows the problem, which is why it comes back.
 */
function reportPhotosFor(
  rng: Random,
  shelves: Shelves,
  shelf: PhotoShelf,
  topic: TopicMeta,
  sloppy: boolean,
): ReportPhoto[] {
  const scene = topic.scene;
  const dirty = shelf.dirty.get(scene) ?? [];
  const clean = shelf.clean.get(scene) ?? [];
  const photos: ReportPhoto[] = [];
  if (!topic.category.afterPhotoRequired && rng.chance(0.5)) return photos; // a lift or heating answer
  // A "before" shot only makes sense next to an "after" one.
  if (!sloppy && dirty.length > 0 && rng.chance(0.4))
    photos.push(shelves.asBefore.get(rng.pick(dirty).sha256) as ReportPhoto);
  const afterPool = sloppy && dirty.length > 0 ? dirty : clean.length > 0 ? clean : shelf.all;
  for (const photo of pickDistinct(rng, afterPool, rng.chance(0.3) ? 2 : 1)) {
    photos.push(shelves.asAfter.get(photo.sha256) as ReportPhoto);
  }
  return photos;
}

// --- the world ---

/** A short delay between filing and reaching the company: the portal's own pre-moderation. */
function receiptDelay(rng: Random): number {
  const roll = rng.next();
  if (roll < 0.7) return rng.range(3, 40) * MINUTE;
  return roll < 0.95 ? rng.range(1, 6) * HOUR : rng.range(8, 20) * HOUR;
}

/** `iss-0000042`: joined, so the id is one flat string (see formatMoscow). */
const seqId = (prefix: string, n: number): string => [prefix, String(n).padStart(7, '0')].join('');

export function buildWorld(plan: WorldPlan): SeedWorld {
  const now = toSecond(plan.now.getTime());
  const root = new Random(plan.seed);
  const staffRng = root.fork('staff');
  const photoSeed = root.fork('photos').nextUint32();
  const timesRng = root.fork('times');
  const rng = root.fork('issues');

  const taken = new Set<string>();
  const staffByCompany: CompanyStaff[] = [];
  let nextStaffNumber = 1;
  for (const company of plan.companies) {
    const staff = buildStaff(staffRng, company, nextStaffNumber, taken);
    nextStaffNumber += staff.records.length;
    staffByCompany.push(staff);
  }
  const shelves = buildShelves(plan, photoSeed);
  const areas = plan.companies.map((company) => company.area);
  const stories = plan.stories(areas, root.fork('stories').nextUint32());
  const deadlines = new DeadlineBook();
  const workdays = new WorkdayBook();
  const numbers = new PortalNumbers(plan.issues);
  const shares = plan.companies.map((company) => company.share);
  const monthWeights = Array.from({ length: 12 }, (_, month) =>
    topics.map((t) => t.weight * (t.months[month] ?? 0)),
  );
  // Each house has its own master (supervisor); the others stand in.
  const standInsOf = staffByCompany.map(
    (staff) =>
      new Map(staff.supervisors.map((id) => [id, staff.supervisors.filter((other) => other !== id)])),
  );

  const issues: SeedIssue[] = [];
  const reports: SeedReport[] = [];
  const ratings: SeedRating[] = [];
  const clock = { now, deadlines, workdays };
  const present = planPresent(
    plan.companies.flatMap((company, companyIndex) => {
      const staff = staffByCompany[companyIndex];
      return company.present === undefined || staff === undefined
        ? []
        : [
            {
              companyIndex,
              plan: company.present,
              supervisors: staff.supervisors,
              dispatchers: staff.dispatchers,
            },
          ];
    }),
    clock,
    root.fork('present'),
  );
  const entries = inCreationOrder(sampleCreationTimes(timesRng, now, plan.issues - present.length), present);
  for (const [i, { createdAt, slot }] of entries.entries()) {
    const companyIndex = slot?.companyIndex ?? rng.weightedIndex(shares);
    const company = plan.companies[companyIndex];
    const staff = staffByCompany[companyIndex];
    const shelf = shelves.companies[companyIndex];
    if (company === undefined || staff === undefined || shelf === undefined)
      throw new Error('company plan mismatch');
    const topic =
      slot?.topic ?? (topics[rng.weightedIndex(monthWeights[moscowMonth(createdAt)] ?? [])] as TopicMeta);
    const story = stories.story(companyIndex, topic, rng);
    // An issue filed minutes ago has only just reached the company, not "at exactly now".
    const receivedAt =
      slot?.receivedAt ??
      toSecond(createdAt + Math.min(receiptDelay(rng), (now - createdAt) * rng.range(0.2, 0.9)));
    const priority = slot?.priority ?? pickPriority(rng, topic);
    const supervisor = staff.supervisors[hashString(story.house.address) % staff.supervisors.length] ?? '';
    const timeline = simulateIssue({
      rng: slot === null ? rng : new Random(slot.lifecycleSeed),
      now,
      receivedAt,
      slaWorkingDays: topic.category.slaWorkingDays,
      priority,
      supervisor,
      standIns: standInsOf[companyIndex]?.get(supervisor) ?? [],
      dispatchers: staff.dispatchers,
      deadlines,
      workdays,
    });
    if (slot !== null && !standsAsPlanned(slot.state, timeline, clock))
      throw new Error(`a planned ${slot.state} issue came out ${timeline.status}`);

    const issueId = seqId('iss-', i + 1);
    // Indoor problems sit on the house; yard and street ones a little way off.
    const spread = topic.place === 'indoors' || topic.place === 'building' ? 0.00008 : 0.0006;
    issues.push({
      companyId: company.area.company.id,
      issue: {
        id: issueId,
        number: numbers.next(createdAt, rng),
        categoryId: topic.category.id,
        title: story.title,
        description: story.description,
        address: story.house.address,
        district: company.area.company.district,
        lat: Math.round((story.house.lat + rng.range(-spread, spread)) * 1e6) / 1e6,
        lng: Math.round((story.house.lng + rng.range(-spread, spread) * 1.8) * 1e6) / 1e6,
        createdAt: formatMoscow(createdAt),
        receivedAt: formatMoscow(receivedAt),
        deadlineAt: timeline.deadline.iso,
        status: timeline.status,
        assigneeId: timeline.assigneeId,
        priority,
        residentPhotos: residentPhotosFor(rng, shelves, topic.scene),
        moderatorComment: timeline.moderatorComment,
      },
      events: timeline.events,
    });

    const reportIds: string[] = [];
    for (const step of timeline.reports) {
      const id = seqId('rep-', reports.length + 1);
      reportIds.push(id);
      const photos = reportPhotosFor(rng, shelves, shelf, topic, step.sloppy);
      const text = story.reportText(
        {
          sloppy: step.sloppy,
          hasPhotos: photos.length > 0,
          hasBeforePhotos: photos.some((p) => p.role === 'before'),
        },
        rng,
      );
      reports.push({
        companyId: company.area.company.id,
        report: {
          id,
          clientReportId: rng.uuidV4(),
          issueId,
          authorId: step.authorId,
          text,
          photos,
          completedAt: formatMoscow(step.completedAt),
          submittedAt: formatMoscow(step.submittedAt),
          status: step.status,
          moderatorComment: step.moderatorComment,
          decidedAt: step.decidedAt === null ? null : formatMoscow(step.decidedAt),
        },
      });
    }
    for (const rating of timeline.ratings) {
      ratings.push({
        companyId: company.area.company.id,
        rating: {
          id: seqId('rat-', ratings.length + 1),
          issueId,
          reportId: reportIds[rating.reportIndex] ?? '',
          score: rating.score,
          comment: rating.comment,
          ratedAt: formatMoscow(rating.ratedAt),
        },
      });
    }
  }

  return {
    companies: plan.companies.map((company) => company.area.company),
    categories: [...allCategories],
    staff: staffByCompany.flatMap((staff) => staff.records),
    logins: plan.companies.flatMap((company, index) => {
      const staff = staffByCompany[index];
      return staff === undefined ? [] : loginsOf(company, staff);
    }),
    photos: [shelves.resident, ...shelves.companies].flatMap((shelf) => [...shelf.all]),
    issues,
    reports,
    ratings,
  };
}
