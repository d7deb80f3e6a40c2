// Distances of a few hundred metres on the ground, and a grid whose cells are never narrower
// than the distance looked for, so that two points within it are in the same or adjacent cells.

export const METRES_PER_DEGREE_LAT = 110_574;
export const METRES_PER_DEGREE_LNG_EQUATOR = 111_320;
/** Cells are sized at 70° N: south of it (every Russian city but a few) a cell is wider than its nominal size. */
const GRID_REFERENCE_COS = Math.cos((70 * Math.PI) / 180);

/** Metres between two points (equirectangular: exact enough at this scale). */
export function metresBetween(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const cos = Math.cos((((lat1 + lat2) / 2) * Math.PI) / 180);
  const dx = (lng2 - lng1) * METRES_PER_DEGREE_LNG_EQUATOR * cos;
  const dy = (lat2 - lat1) * METRES_PER_DEGREE_LAT;
  return Math.sqrt(dx * dx + dy * dy);
}

/** The grid cell of a point, for cells at least `metres` across. */
export function gridCell(lat: number, lng: number, metres: number): { x: number; y: number } {
  return { x: gridX(lng, metres), y: gridY(lat, metres) };
}

/** The grid cell's column and row apart (no object for the index's every issue). */
export const gridX = (lng: number, metres: number): number =>
  Math.floor((lng * METRES_PER_DEGREE_LNG_EQUATOR * GRID_REFERENCE_COS) / metres);
export const gridY = (lat: number, metres: number): number =>
  Math.floor((lat * METRES_PER_DEGREE_LAT) / metres);
