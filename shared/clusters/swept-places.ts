import { gridX, gridY } from './geo';
import { cachedBuildingKey } from './place-keys';
import { CLUSTER_RADIUS_METRES } from './types';

// The places of the repeat sweep as numbers: a building under a topic, and a 50 m grid cell
// under a topic (with its eight neighbours), each numbered once before the sweep so that the
// sweep itself never builds a string or looks one up.

const NONE = -1;
const CELL_BITS = 2 ** 21;
const CELL_OFFSET = 2 ** 20;
/** A building's number and a topic's in one exact double. */
const TOPIC_BITS = 2 ** 20;

/** The issues as columns, by position: what the repeat sweep reads. */
export interface SweepSource {
  size: number;
  /** Epoch ms of receipt. */
  receivedMs: Float64Array;
  /** Epoch ms of resolution, NaN for an issue not resolved. */
  resolvedMs: Float64Array;
  /** The topic (category) as a number: issues of one topic, one number. */
  topic: Int32Array;
  /** The written address as a number (one address, one number), whose text `addressText` gives. */
  addressOf: Int32Array;
  addressText(entry: number): string;
  lat: Float64Array;
  lng: Float64Array;
  /** Whether the issue at `a` has an id before that of `b` (ties of resolution go to the smaller). */
  idBefore(a: number, b: number): boolean;
}

export interface SweptPlaces {
  /** Each issue's building under its topic, numbered from 0, or -1 for an address naming none. */
  building: Int32Array;
  /** Filled by the sweep: the latest resolution swept in each building (-1 for none yet). */
  latestInBuilding: Int32Array;
  /** Each issue's grid cell under its topic, numbered from 0. */
  cellOf: Int32Array;
  /** Each cell's nine neighbours (itself among them), -1 where no issue lies. */
  neighbours: Int32Array;
  /** Where each cell's resolutions start in a flat array of them all (`cellStart[cells]` is their count). */
  cellStart: Int32Array;
}

function buildingsOf(source: SweepSource): { building: Int32Array; count: number } {
  const { size, topic, addressOf } = source;
  // A written address is read once; one building may be written several ways.
  const houseOfAddress: number[] = [];
  const houses = new Map<string, number>();
  const numbers = new Map<number, number>();
  const building = new Int32Array(size);
  for (let at = 0; at < size; at += 1) {
    const entry = addressOf[at] ?? 0;
    let house = houseOfAddress[entry];
    if (house === undefined) {
      const key = cachedBuildingKey(source.addressText(entry));
      if (key === null) house = NONE;
      else if ((house = houses.get(key)) === undefined) houses.set(key, (house = houses.size));
      houseOfAddress[entry] = house;
    }
    if (house === NONE) {
      building[at] = NONE;
      continue;
    }
    const key = house * TOPIC_BITS + (topic[at] ?? 0);
    let number = numbers.get(key);
    if (number === undefined) numbers.set(key, (number = numbers.size));
    building[at] = number;
  }
  return { building, count: numbers.size };
}

function cellsOf(source: SweepSource): { cellOf: Int32Array; neighbours: Int32Array; count: number } {
  const { size, topic, lat, lng } = source;
  const numbers = new Map<number, number>();
  const keys: number[] = [];
  const cellOf = new Int32Array(size);
  for (let at = 0; at < size; at += 1) {
    const x = gridX(lng[at] ?? 0, CLUSTER_RADIUS_METRES) + CELL_OFFSET;
    const y = gridY(lat[at] ?? 0, CLUSTER_RADIUS_METRES) + CELL_OFFSET;
    const key = ((topic[at] ?? 0) * CELL_BITS + x) * CELL_BITS + y;
    let number = numbers.get(key);
    if (number === undefined) {
      numbers.set(key, (number = keys.length));
      keys.push(key);
    }
    cellOf[at] = number;
  }
  const neighbours = new Int32Array(keys.length * 9);
  for (let cell = 0, slot = 0; cell < keys.length; cell += 1)
    for (let dx = -1; dx <= 1; dx += 1)
      for (let dy = -1; dy <= 1; dy += 1)
        neighbours[slot++] = numbers.get((keys[cell] ?? 0) + dx * CELL_BITS + dy) ?? NONE;
  return { cellOf, neighbours, count: keys.length };
}

export function sweptPlaces(source: SweepSource): SweptPlaces {
  const { building, count: buildings } = buildingsOf(source);
  const { cellOf, neighbours, count: cells } = cellsOf(source);
  const cellStart = new Int32Array(cells + 1);
  for (let at = 0; at < source.size; at += 1)
    if (!Number.isNaN(source.resolvedMs[at])) {
      const cell = cellOf[at] ?? 0;
      cellStart[cell + 1] = (cellStart[cell + 1] ?? 0) + 1;
    }
  for (let cell = 0; cell < cells; cell += 1)
    cellStart[cell + 1] = (cellStart[cell + 1] ?? 0) + (cellStart[cell] ?? 0);
  return {
    building,
    latestInBuilding: new Int32Array(buildings).fill(NONE),
    cellOf,
    neighbours,
    cellStart,
  };
}
