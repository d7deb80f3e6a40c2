import { hashString } from '../random';

// The housing stock of the two demo districts: real streets of Орехово-Борисово Северное and
// Южное with plausible house and корпус numbers. Coordinates are laid along each street's
// rough course and are good for a map pin, not for surveying. Everything here is fixed,
// independent of the world's seed: a house does not move or change height between runs.

export interface House {
  readonly street: string;
  /** `д. 35, корп. 2` */
  readonly number: string;
  /** `Шипиловская улица, д. 35, корп. 2`, as the portal writes an address. */
  readonly address: string;
  readonly lat: number;
  readonly lng: number;
  readonly floors: number;
  readonly entrances: number;
}

interface StreetSpec {
  readonly street: string;
  /** The street's course: the first and last house are placed at these points. */
  readonly from: readonly [number, number];
  readonly to: readonly [number, number];
  /** Houses in order along the street: `35`, `35к2`, `12А`. */
  readonly houses: string;
}

// Typical panel series of the 1970s–80s here: 9, 12, 14, 16, 17 and 22 storeys.
const FLOOR_CHOICES = [9, 9, 12, 12, 14, 16, 16, 17, 17, 22] as const;

function houseNumber(code: string): string {
  const [main, block] = code.split('к');
  return block === undefined ? `д. ${main}` : `д. ${main}, корп. ${block}`;
}

function housesOf(spec: StreetSpec): House[] {
  const codes = spec.houses.split(/\s+/).filter((code) => code.length > 0);
  return codes.map((code, index) => {
    const t = codes.length === 1 ? 0.5 : index / (codes.length - 1);
    const number = houseNumber(code);
    const address = `${spec.street}, ${number}`;
    const hash = hashString(address);
    // Odd and even numbers stand on opposite sides of the street.
    const side = Number.parseInt(code, 10) % 2 === 0 ? 1 : -1;
    const jitterLat = ((hash & 0xff) / 255 - 0.5) * 0.0008 + side * 0.0006;
    const jitterLng = (((hash >>> 8) & 0xff) / 255 - 0.5) * 0.0012;
    const floors = FLOOR_CHOICES[(hash >>> 16) % FLOOR_CHOICES.length] ?? 12;
    const entrances = 1 + ((hash >>> 24) % (floors >= 17 ? 4 : 8));
    return {
      street: spec.street,
      number,
      address,
      lat: round6(spec.from[0] + (spec.to[0] - spec.from[0]) * t + jitterLat),
      lng: round6(spec.from[1] + (spec.to[1] - spec.from[1]) * t + jitterLng),
      floors,
      entrances,
    };
  });
}

const round6 = (value: number): number => Math.round(value * 1e6) / 1e6;

const northStreets: readonly StreetSpec[] = [
  {
    street: 'Ореховый бульвар',
    from: [55.6128, 37.6985],
    to: [55.6122, 37.7395],
    houses: '3 5 7к1 7к2 9 11к1 11к2 13к1 13к2 13к3 15 17к1 17к2 19 21к1 21к2 23',
  },
  {
    street: 'Шипиловская улица',
    from: [55.6245, 37.7005],
    to: [55.6165, 37.7385],
    houses: '2 4 6к1 6к2 10 12 14 16к1 16к2 20 22 24 28к1 28к2 30 34 36к1 36к2 38 40 42 44к1 44к2 48',
  },
  {
    street: 'Шипиловский проезд',
    from: [55.6235, 37.6905],
    to: [55.6142, 37.7055],
    houses: '39к1 39к2 39к3 41 43к1 43к2 45к1 45к2 47к1 47к2 49 51 53 55 57 59 61 63к1 63к2 65',
  },
  {
    street: 'улица Мусы Джалиля',
    from: [55.6238, 37.7145],
    to: [55.6175, 37.7285],
    houses: '2к1 2к2 4к1 4к2 4к3 6 8к1 8к2 10к1 10к2 14 16 18 20 22 24 26 28 30 32к1 32к2 34 36 38к1 38к2 40',
  },
  {
    street: 'Борисовский проезд',
    from: [55.6248, 37.7185],
    to: [55.6152, 37.7362],
    houses:
      '3к1 3к2 5 7 9к1 9к2 11к1 11к2 13 15к1 15к2 15к3 17 19к1 19к2 21 23 25 27 29 31 33 35 37 40 42 44 46к1 46к2 48',
  },
  {
    street: 'улица Генерала Белова',
    from: [55.6215, 37.7075],
    to: [55.6135, 37.7105],
    houses: '2 4 6 8 11 13 15 17 19 21к1 21к2 23 25 27 29 31 33 35',
  },
  {
    street: 'Каширское шоссе',
    from: [55.6235, 37.6825],
    to: [55.614, 37.693],
    houses:
      '55к1 55к2 55к3 55к5 57к1 57к2 57к3 59к1 59к2 61к1 61к2 61к3 63 65к1 65к2 67 69к1 69к2 71 73к1 73к2 75',
  },
  {
    street: 'улица Маршала Захарова',
    from: [55.6205, 37.6965],
    to: [55.6168, 37.7035],
    houses: '7к1 7к2 9 11 12к1 12к2 13 14к1 14к2 16 17 18к1 18к2 19 20 21к1 21к2',
  },
];

const southStreets: readonly StreetSpec[] = [
  {
    street: 'Ореховый бульвар',
    from: [55.6105, 37.6995],
    to: [55.6098, 37.7405],
    houses:
      '10 12к1 12к2 14к1 14к2 18 20 22к1 22к2 24к1 24к2 24к3 26к1 26к2 28 30 32 34 36 38 40 42 44 46 48 50 52 54 56',
  },
  {
    street: 'Домодедовская улица',
    from: [55.6085, 37.7035],
    to: [55.6055, 37.7385],
    houses:
      '1к1 1к2 3 5 7 9к1 9к2 11 12 14к1 14к2 16 18 20к1 20к2 20к3 22к1 22к2 24к1 24к2 26 28к1 28к2 30 32к1 32к2 34 36 38 40',
  },
  {
    street: 'улица Генерала Белова',
    from: [55.6088, 37.7105],
    to: [55.5995, 37.7135],
    houses: '37 39 41 43к1 43к2 45 47к1 47к2 49к1 49к2 51 53 55 57к1 57к2',
  },
  {
    street: 'Воронежская улица',
    from: [55.6025, 37.7045],
    to: [55.5975, 37.7425],
    houses: '2 4 6 8 10 12 14к1 14к2 16 18 20к1 20к2 22 24 26 28 30 32 34к1 34к2 36 38 40 42 44 46 48 50',
  },
  {
    street: 'Ясеневая улица',
    from: [55.608, 37.7365],
    to: [55.5985, 37.7545],
    houses: '1 3 5 7 9к1 9к2 11 13 14к1 14к2 16 19 21 23 25 27 29 30 32 33 35 37 39к1 39к2 41 43 44 45 46 48',
  },
  {
    street: 'Елецкая улица',
    from: [55.609, 37.7425],
    to: [55.6005, 37.7595],
    houses: '2 4 6 8 10 12 14 16 17 19 21 23 25 26 27 28 29 31 33 35 37',
  },
  {
    street: 'Гурьевский проезд',
    from: [55.601, 37.7475],
    to: [55.5955, 37.761],
    houses: '5 7 9 11 13 15 17к1 17к2 19 21 23 25 27к1 27к2 29 31 33 35 37',
  },
  {
    street: 'Каширское шоссе',
    from: [55.6075, 37.6945],
    to: [55.5975, 37.7015],
    houses: '104 106к1 106к2 108к1 108к2 110к1 110к2 112к1 112к2 114 116 118 120 122 124',
  },
];

export const northHouses: readonly House[] = northStreets.flatMap(housesOf);
export const southHouses: readonly House[] = southStreets.flatMap(housesOf);

/** «на Шипиловской улице»: the streets in the prepositional case, for residents' texts. */
export const onStreet: Readonly<Record<string, string>> = {
  'Ореховый бульвар': 'на Ореховом бульваре',
  'Шипиловская улица': 'на Шипиловской улице',
  'Шипиловский проезд': 'на Шипиловском проезде',
  'улица Мусы Джалиля': 'на улице Мусы Джалиля',
  'Борисовский проезд': 'на Борисовском проезде',
  'улица Генерала Белова': 'на улице Генерала Белова',
  'Каширское шоссе': 'на Каширском шоссе',
  'улица Маршала Захарова': 'на улице Маршала Захарова',
  'Домодедовская улица': 'на Домодедовской улице',
  'Воронежская улица': 'на Воронежской улице',
  'Ясеневая улица': 'на Ясеневой улице',
  'Елецкая улица': 'на Елецкой улице',
  'Гурьевский проезд': 'на Гурьевском проезде',
};
