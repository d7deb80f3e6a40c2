import { buildingKey } from './address-key';
import { gridCell, metresBetween } from './geo';
import { CLUSTER_RADIUS_METRES } from './types';

// "The same place" for repeats: the same building by its normalised address, or within the
// cluster radius by coordinates, under one grouping (a topic).

export interface Placed {
  readonly address: string;
  readonly lat: number;
  readonly lng: number;
}

type Point = Pick<Placed, 'lat' | 'lng'>;

export interface PlaceKeys {
  readonly building: string | null;
  /** The point's own cell and its eight neighbours, the own cell first. */
  readonly cells: readonly string[];
}

// Addresses repeat (a few hundred houses file a year of complaints): each is parsed once.
const buildingKeys = new Map<string, string | null>();
export function cachedBuildingKey(address: string): string | null {
  let key = buildingKeys.get(address);
  if (key === undefined) {
    if (buildingKeys.size > 20_000) buildingKeys.clear();
    key = buildingKey(address);
    buildingKeys.set(address, key);
  }
  return key;
}

export function placeKeys(group: string, place: Placed): PlaceKeys {
  const building = cachedBuildingKey(place.address);
  const { x, y } = gridCell(place.lat, place.lng, CLUSTER_RADIUS_METRES);
  const cells: string[] = [`${group}\u0001${x}\u0001${y}`];
  for (let dx = -1; dx <= 1; dx += 1)
    for (let dy = -1; dy <= 1; dy += 1)
      if (dx !== 0 || dy !== 0) cells.push(`${group}\u0001${x + dx}\u0001${y + dy}`);
  return { building: building === null ? null : `${group}\u0001${building}`, cells };
}

/** Whether two places are one: the same building, or within the radius. */
export function samePlace(a: Point & PlaceKeys, b: Point & PlaceKeys): boolean {
  if (a.building !== null && a.building === b.building) return true;
  return metresBetween(a.lat, a.lng, b.lat, b.lng) <= CLUSTER_RADIUS_METRES;
}
