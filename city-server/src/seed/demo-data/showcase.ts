import { Random, hashString } from '../random';
import type { House } from './addresses';
import { topics, type TopicMeta } from './categories';
import { DAY, HOUR, MINUTE, moscowDay, toSecond } from './clock';
import { pickPriority, simulateIssue, type Timeline } from './lifecycle';
import type { PresentClock, PresentCompany, PresentSlot } from './present';

// What the demo city shows of issue 14 whatever the date, planned like the day's work
// (present.ts): five residents about one heap of rubbish in one yard, each typing the house
// their own way; a building without hot water and a dozen complaints under sibling topics of
// «Коммунальные услуги»; complaints at a house and topic answered in the last weeks (repeats);
// and issues of the demo supervisor, the busiest, due within a working day (at risk). All
// rubbish, hot water and at-risk houses are the demo supervisor's, so his load shows.

const MAX_ATTEMPTS = 20_000;
const topicById = (id: string): TopicMeta => {
  const topic = topics.find((t) => t.category.id === id);
  if (topic === undefined) throw new Error(`no topic ${id}`);
  return topic;
};

export interface ShowcaseCompany extends PresentCompany {
  readonly houses: readonly House[];
}

/** The house's own supervisor, as the builder gives it (by the address's hash). */
const supervisorOf = (company: ShowcaseCompany, house: House): string =>
  company.supervisors[hashString(house.address) % company.supervisors.length] ?? '';

interface Wanted {
  readonly topic: TopicMeta;
  readonly house: House;
  readonly receivedAt: (rng: Random) => number | null;
  readonly stands: (timeline: Timeline) => boolean;
  readonly address?: string;
  readonly spot?: { lat: number; lng: number };
}

const open = (t: Timeline): boolean =>
  t.status === 'new' || t.status === 'in_progress' || t.status === 'returned';

/**
 * One issue whose simulated life stands as the story wants it now, or null when none of the
 * attempts does: at some hours no issue of a topic received in the window is still open (at 03:10
 * Moscow no hot-water complaint of the last 30 hours was). The showcase then goes without that
 * story, said on stderr, rather than the server failing to start.
 */
function draw(company: ShowcaseCompany, clock: PresentClock, rng: Random, wanted: Wanted) {
  const supervisor = supervisorOf(company, wanted.house);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const receivedAt = wanted.receivedAt(rng);
    if (receivedAt === null) continue;
    const priority = pickPriority(rng, wanted.topic);
    const lifecycleSeed = rng.nextUint32();
    const timeline = simulateIssue({
      rng: new Random(lifecycleSeed),
      now: clock.now,
      receivedAt,
      slaWorkingDays: wanted.topic.category.slaWorkingDays,
      priority,
      supervisor,
      standIns: company.supervisors.filter((other) => other !== supervisor),
      dispatchers: company.dispatchers,
      deadlines: clock.deadlines,
      workdays: clock.workdays,
    });
    if (!wanted.stands(timeline)) continue;
    const slot: PresentSlot = {
      state: 'showcase',
      companyIndex: company.companyIndex,
      topic: wanted.topic,
      createdAt: toSecond(receivedAt - rng.range(3, 40) * MINUTE),
      receivedAt,
      priority,
      lifecycleSeed,
      house: wanted.house,
      ...(wanted.address === undefined ? {} : { address: wanted.address }),
      ...(wanted.spot === undefined ? {} : { spot: wanted.spot }),
      stands: wanted.stands,
    };
    return { slot, timeline };
  }
  console.warn(
    `the demo city found no ${wanted.topic.category.id} story at ${wanted.house.address} at this hour; it shows the others`,
  );
  return null;
}

/**
 * «Шипиловская улица, д. 35, корп. 2» as residents write it on the portal: the portal fills in
 * the street from the map, the resident types the house and whatever they add to it.
 */
export function addressSpellings(house: House): string[] {
  const [number = '', block] = house.number.replace(/^д\. /, '').split(', корп. ');
  const street = house.street;
  return block === undefined
    ? [
        house.address,
        `${street}, д. ${number}, подъезд 1`,
        `${street}, д. ${number} (во дворе)`,
        `${street}, д. ${number}, у детской площадки`,
        `${house.address}, во дворе`,
      ]
    : [
        house.address,
        `${street}, д. ${number}к${block}`,
        `${street}, д. ${number} корпус ${block}`,
        `${street}, д. ${number}, к. ${block}, подъезд 2`,
        `${house.address}, во дворе`,
      ];
}

/** A moment between `from` and `to` ms ago, or null when that is not yet a quarter of an hour back. */
const ago = (clock: PresentClock, fromMs: number, toMs: number) => (rng: Random) => {
  const at = toSecond(clock.now - rng.range(toMs, fromMs));
  return at < clock.now - 15 * MINUTE ? at : null;
};

export function planShowcase(company: ShowcaseCompany, clock: PresentClock, rng: Random): PresentSlot[] {
  const busy = company.supervisors[0] ?? '';
  const own = company.houses.filter((house) => supervisorOf(company, house) === busy);
  const others = company.houses.filter((house) => supervisorOf(company, house) !== busy);
  const pickHouse = (list: readonly House[]): House => rng.pick(list.length > 0 ? list : company.houses);
  const slots: PresentSlot[] = [];
  /** Draws a story and keeps its slot; a story no issue can tell at this hour is left out. */
  const tell = (wanted: Wanted) => {
    const story = draw(company, clock, rng, wanted);
    if (story) slots.push(story.slot);
    return story;
  };

  // Five residents, one heap of rubbish: the last four days, a spot in the yard 30 m from the house.
  // A house with a корпус, where residents' spellings differ most.
  const yard = pickHouse(own.filter((house) => house.number.includes('корп.')));
  const heap = { lat: yard.lat + 0.00027, lng: yard.lng + 0.0002 };
  addressSpellings(yard).forEach((address, n) => {
    const jitter = (n - 2) * 0.00004;
    tell({
      topic: topicById('yard-rubbish'),
      house: yard,
      address,
      spot: { lat: heap.lat + jitter, lng: heap.lng - jitter },
      receivedAt: ago(clock, 4 * DAY, 20 * MINUTE),
      stands: open,
    });
  });

  // No hot water: ten complaints of it and two of cold flats, since yesterday morning.
  const block = pickHouse(own.filter((house) => house !== yard));
  for (let n = 0; n < 12; n += 1) {
    const topic = topicById(n < 10 ? 'utilities-hot-water' : 'utilities-low-temperature');
    tell({
      topic,
      house: block,
      receivedAt: ago(clock, 30 * HOUR, 20 * MINUTE),
      stands: open,
    });
  }

  // Repeats: answered and accepted in the last three weeks, complained of again since.
  for (const topicId of ['entrance-lift', 'building-roof-leak', 'entrance-lighting', 'yard-playground']) {
    const house = pickHouse(others);
    const topic = topicById(topicId);
    const first = tell({
      topic,
      house,
      receivedAt: ago(clock, 24 * DAY, 6 * DAY),
      stands: (t) => {
        const accepted = acceptedAt(t);
        return (
          t.status === 'resolved' &&
          accepted !== null &&
          accepted > clock.now - 21 * DAY &&
          accepted < clock.now - DAY
        );
      },
    });
    if (!first) continue;
    const resolvedAt = acceptedAt(first.timeline) ?? clock.now;
    tell({
      topic,
      house,
      receivedAt: (r) => {
        const at = toSecond(
          r.range(Math.max(resolvedAt + HOUR, clock.now - 5 * DAY), clock.now - 20 * MINUTE),
        );
        return at > resolvedAt && at < clock.now - 15 * MINUTE ? at : null;
      },
      stands: open,
    });
  }

  // At risk and busy: the demo supervisor's work due today (or on the next working day).
  const dueDay = nextWorkingDay(clock);
  for (let n = 0; n < 9; n += 1) {
    const topic = rng.pick(topics.filter((t) => t.category.slaWorkingDays <= 3));
    tell({
      topic,
      house: pickHouse(own),
      receivedAt: ago(clock, 12 * DAY, 2 * HOUR),
      stands: (t) =>
        t.status === 'in_progress' &&
        t.assigneeId === busy &&
        t.deadline.ms > clock.now &&
        // Three due within a working day; the rest later: the load behind them.
        (n < 3 ? moscowDay(t.deadline.ms) === dueDay : moscowDay(t.deadline.ms) > dueDay),
    });
  }
  return slots;
}

/** When the issue's answer was accepted: the accepted report's decision. */
export function acceptedAt(timeline: Timeline): number | null {
  const accepted = timeline.reports.filter((r) => r.status === 'accepted' && r.decidedAt !== null);
  return accepted.at(-1)?.decidedAt ?? null;
}

function nextWorkingDay(clock: PresentClock): number {
  let day = moscowDay(clock.now);
  while (!clock.workdays.isWorking(day)) day += 1;
  return day;
}
