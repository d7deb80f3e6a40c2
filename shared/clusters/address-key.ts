// One building, however a resident or the portal wrote its address: «Шипиловская улица, д. 35,
// корп. 2», «г. Москва, ул. Шипиловская, 35к2, кв. 7», «ул.Шипиловская д.35 к.2» and
// «Шипиловская ул., дом 35, корпус 2» are one key. The city, the postcode, the flat, the
// entrance and the floor are dropped; the street's type word (улица, ул., бульвар, б-р, …) is
// dropped wherever it stands, so «ул. Шипиловская» and «Шипиловская улица» meet (a street named
// alike with another type in the same district is rare, and the 50 m rule is there as well);
// the house is its number, letter, корпус and строение. «9/2» (a corner house) is house 9.

/** Words naming a street's type, in every spelling residents use: dropped from the key. */
const STREET_TYPES = new Set([
  'ул',
  'улица',
  'б-р',
  'бр',
  'бул',
  'бульв',
  'бульвар',
  'пр',
  'пр-д',
  'прд',
  'проезд',
  'пр-т',
  'пр-кт',
  'просп',
  'проспект',
  'ш',
  'шоссе',
  'пер',
  'переулок',
  'пл',
  'площадь',
  'наб',
  'набережная',
  'туп',
  'тупик',
  'аллея',
  'ал',
  'линия',
  'мкр',
  'микрорайон',
]);

/** Parts of an address that say nothing of the building. */
const NOT_BUILDING =
  /^(?:(?:г|гор|город)\.?\s*москва|москва|россия|рф|\d{6}|(?:кв|квартира|под|подъезд|п|эт|этаж|офис|пом|помещение)\.?\s*\d+.*|(?:р-н|район)\s.*|.*\sрайон)$/;

// A house: «д. 35», «дом 35», «35», «35а», «35 а», «35-а», «9/2», then «к. 2», «корп.2», «корпус 2»,
// «к2», then «с. 1», «стр 1», «строение 1». «1-я» or «800-летия» is part of a street name.
const LETTER = String.raw`(?:\s*-?\s*(?!(?:к|с)\.?\s*\d)([абвгдежзи])(?![а-я\d]))?`;
const HOUSE = new RegExp(
  String.raw`(?:^|[\s,])(?:(?:д|дом|вл|владение)\.?\s*)?(\d+)${LETTER}(?:\s*\/\s*\d+[а-я]?)?` +
    String.raw`(?:\s*,?\s*(?:к|корп|корпус)\.?\s*(\d+)${LETTER})?` +
    String.raw`(?:\s*,?\s*(?:с|стр|строение)\.?\s*(\d+))?(?=$|[\s,.])`,
);
/** An explicit «д.»/«дом» wins over a bare number earlier in the line. */
const MARKED_HOUSE = new RegExp(String.raw`(?:^|[\s,])(?:д|дом|вл|владение)\.?\s*\d`);

const tidy = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Lower case, ё as е, dots and «№» as spaces but in «д.35», separators kept. */
function normalise(address: string): string {
  return address
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"'№]/g, ' ')
    .replace(/\u00a0/g, ' ');
}

function streetKey(text: string): string {
  const words = tidy(text.replace(/[.,]/g, ' '))
    .split(' ')
    .filter((word) => word.length > 0 && !STREET_TYPES.has(word) && word !== 'москва' && word !== 'г');
  return words.join(' ');
}

export interface BuildingAddress {
  /** `шипиловская|35|2|`: street, house (with its letter), корпус, строение. */
  readonly key: string;
  readonly street: string;
  readonly house: string;
  readonly block: string | null;
  readonly structure: string | null;
}

/** The building an address names, or null when it names no house (a park, a street, a yard by description). */
export function parseBuilding(address: string): BuildingAddress | null {
  const parts = normalise(address)
    .split(',')
    .map(tidy)
    .filter((part) => part.length > 0 && !NOT_BUILDING.test(part));
  const line = parts.join(', ');
  const marked = MARKED_HOUSE.exec(line);
  const from = marked ? marked.index : firstNumberAfterStreet(line);
  if (from < 0) return null;
  const match = HOUSE.exec(line.slice(from));
  if (!match) return null;
  const street = streetKey(line.slice(0, from + match.index));
  if (street.length === 0) return null;
  const house = `${match[1] ?? ''}${match[2] ?? ''}`;
  const block = match[3] === undefined ? null : `${match[3]}${match[4] ?? ''}`;
  const structure = match[5] ?? null;
  return { key: `${street}|${house}|${block ?? ''}|${structure ?? ''}`, street, house, block, structure };
}

/** Where the first house-like number after some street text begins, or -1. */
function firstNumberAfterStreet(line: string): number {
  const pattern = new RegExp(HOUSE.source, 'g');
  for (let match = pattern.exec(line); match !== null; match = pattern.exec(line)) {
    if (/[а-я]/.test(line.slice(0, match.index))) return match.index;
    pattern.lastIndex = match.index + 1;
  }
  return -1;
}

/** The building key of an address, or null (see parseBuilding). */
export const buildingKey = (address: string): string | null => parseBuilding(address)?.key ?? null;
