/** The area the explorer shows, as [west, south, east, north] in WGS84 degrees. */
export type BBox = [number, number, number, number];

/** What the map opens on and what labels are placed within (issue 2: lon 43.5–48.5, lat 38.2–41.7). */
export const VIEW_BBOX: BBox = [43.5, 38.2, 48.5, 41.7];

/** Geometry is kept a little beyond the view so panning does not reveal empty edges. */
export const DATA_BBOX: BBox = [42.0, 37.0, 50.0, 43.0];

/** Decimal places kept in committed coordinates: 5 places is about 1 m, far finer than any source here. */
export const COORD_DECIMALS = 5;

export function roundCoord(value: number): number {
  const f = 10 ** COORD_DECIMALS;
  return Math.round(value * f) / f;
}

export function inBBox([lon, lat]: readonly number[], [w, s, e, n]: BBox): boolean {
  return lon !== undefined && lat !== undefined && lon >= w && lon <= e && lat >= s && lat <= n;
}
