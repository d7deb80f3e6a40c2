import type { Random } from '../random';
import { onStreet, type House } from './addresses';
import type { TopicMeta } from './categories';
import {
  abandonedCars,
  angryOpenings,
  angryRequests,
  greenPlaces,
  neutralRequests,
  politeOpenings,
  politeRequests,
  repeats,
  signatures,
  since,
  sinceSentences,
  sinceUrgent,
  sinceUrgentSentences,
  streetPlaces,
  yardPlaces,
  type Tone,
} from './phrases';
import { residentTexts } from './resident-texts';

/**
 * The particulars of one issue's place — entrance, floor, flat, spot in the yard — drawn
 * once and reused, so the title, the complaint and the company's report agree on them.
 */
export class TextContext {
  private readonly values = new Map<string, string>();

  constructor(
    private readonly rng: Random,
    readonly house: House,
    private readonly extra: Readonly<Record<string, string>> = {},
  ) {}

  /** Replaces every {token}; the same token gives the same value within one context. */
  fill(template: string): string {
    return template.replace(/\{(\w+)\}/g, (_match, token: string) => this.value(token));
  }

  private value(token: string): string {
    const known = this.values.get(token) ?? this.extra[token];
    if (known !== undefined) return known;
    const value = this.draw(token);
    this.values.set(token, value);
    return value;
  }

  private draw(token: string): string {
    const { rng, house } = this;
    switch (token) {
      case 'pod':
        return String(rng.int(1, house.entrances));
      case 'floor':
        return String(rng.int(2, house.floors - 1));
      case 'floorUp':
        return String(Number(this.value('floor')) + 1);
      case 'topFloor':
        return String(house.floors);
      case 'kv':
        // About four flats a floor in each entrance of a panel block.
        return String(rng.int(1, house.floors * 4 * house.entrances));
      case 'temp':
        return String(rng.int(13, 17));
      case 'since':
        return rng.pick(since);
      case 'sinceUrgent':
        return rng.pick(sinceUrgent);
      case 'place':
        return this.fill(rng.pick(yardPlaces));
      case 'streetPlace':
        return this.fill(rng.pick(streetPlaces));
      case 'greenPlace':
        return this.fill(rng.pick(greenPlaces));
      case 'onStreet':
        return onStreet[house.street] ?? `на улице ${house.street}`;
      case 'houseNo':
        return house.number.replace(/^д\. /, '');
      case 'car':
        return rng.pick(abandonedCars);
      default:
        throw new Error(`unknown text token {${token}}`);
    }
  }
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function pickTone(rng: Random): Tone {
  const roll = rng.next();
  return roll < 0.45 ? 'polite' : roll < 0.8 ? 'neutral' : 'angry';
}

export interface Complaint {
  title: string;
  description: string;
}

/** A resident's title and text for an issue of `topic`, in a tone drawn at random. */
export function composeComplaint(topic: TopicMeta, context: TextContext, rng: Random): Complaint {
  const texts = residentTexts[topic.category.id];
  if (texts === undefined) throw new Error(`no resident texts for ${topic.category.id}`);
  const tone = pickTone(rng);
  const urgent = topic.category.slaWorkingDays <= 1;
  const parts: string[] = [];

  if (tone === 'angry' && rng.chance(0.6)) {
    const opening = rng.pick(angryOpenings);
    parts.push(rng.chance(0.15) ? opening.toUpperCase() : opening);
  } else if ((tone === 'polite' && rng.chance(0.7)) || (tone === 'neutral' && rng.chance(0.15))) {
    parts.push(rng.pick(politeOpenings));
  }

  const problem = rng.pick(texts.problems);
  parts.push(problem);
  const details = rng.shuffle(texts.details);
  if (details.length > 0 && rng.chance(0.55)) parts.push(details[0] ?? '');
  if (tone === 'angry' && details.length > 1 && rng.chance(0.25)) parts.push(details[1] ?? '');
  if (!problem.includes('{since') && rng.chance(0.35)) {
    parts.push(urgent ? rng.pick(sinceUrgentSentences) : rng.pick(sinceSentences));
  }
  if (rng.chance(tone === 'angry' ? 0.4 : 0.1)) parts.push(rng.pick(repeats));

  if (tone === 'polite' && rng.chance(0.85)) parts.push(rng.pick(politeRequests));
  else if (tone === 'neutral' && rng.chance(0.6)) parts.push(rng.pick(neutralRequests));
  else if (tone === 'angry' && rng.chance(0.85)) parts.push(rng.pick(angryRequests));
  if (rng.chance(0.08)) parts.push(rng.pick(signatures));

  const description = parts.map((part) => capitalise(context.fill(part))).join(' ');
  const title = rng.chance(0.5) ? topic.category.nameRu : capitalise(context.fill(rng.pick(texts.titles)));
  return { title, description };
}
