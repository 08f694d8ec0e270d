/**
 * The Araz line the routes follow (data-sources.md, "Roads and railways"): the OpenStreetMap border of Iran
 * with Armenia and Azerbaijan (the river's thalweg), set back onto the left (north) bank so a line drawn on it
 * lies inside the declared territory. ODbL: "© OpenStreetMap contributors" (@osm_borders/maritime_10m@1.1.0).
 */
import { length, lineSlice, lineSliceAlong, lineString, nearestPointOnLine, point, simplify } from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Position } from 'geojson';
import { OSM_BORDERS, type Iso3 } from './osmBorders.ts';

/** How far the drawn line keeps north of the thalweg: the valley's roads and track run on the bank, up to a km or so off. */
export const ARAZ_SETBACK_KM = 0.8;

export const ARAZ_SOURCE = `Araz stretches follow the OpenStreetMap Iran border (the river), set back ${ARAZ_SETBACK_KM} km onto the north bank: © OpenStreetMap contributors, ODbL (${OSM_BORDERS})`;

/** Where the Araz border runs from and to for the routes: the Turkish tripoint near Sadarak and past Horadiz. */
const WEST: Position = [44.8, 39.7];
const EAST: Position = [47.6, 39.45];

const nearestIndex = (ring: Position[], p: Position) => {
  let best = 0;
  for (let i = 1; i < ring.length; i++) if (Math.hypot(ring[i]![0]! - p[0]!, ring[i]![1]! - p[1]!) < Math.hypot(ring[best]![0]! - p[0]!, ring[best]![1]! - p[1]!)) best = i;
  return best;
};

/** Iran's outline between WEST and EAST, the way that runs north of Iran (along Armenia and Azerbaijan), west to east. */
export function arazBorder(countries: Map<Iso3, Feature<MultiPolygon>>): Feature<LineString> {
  const ring = countries
    .get('IRN')!
    .geometry.coordinates.flat()
    .reduce((a, b) => (b.length > a.length ? b : a))
    .slice(0, -1);
  const w = nearestIndex(ring, WEST);
  const e = nearestIndex(ring, EAST);
  const forward = w <= e ? ring.slice(w, e + 1) : [...ring.slice(w), ...ring.slice(0, e + 1)];
  const backward = (e <= w ? ring.slice(e, w + 1) : [...ring.slice(e), ...ring.slice(0, w + 1)]).reverse();
  // The river side is the short way round (the other goes round all of Iran).
  return lineString(forward.length < backward.length ? forward : backward);
}

/** Vertices this many either side give the local direction of the river, so the set-back does not loop at each bend. */
const SPAN = 6;

/** Douglas–Peucker tolerance, degrees (~0.8 km): the river's smallest meanders go, which track and road cut too. */
const SIMPLIFY_DEG = 0.008;

/** The border moved ARAZ_SETBACK_KM to its left (north, going downstream), each vertex along its local normal. */
export function arazLeftBank(countries: Map<Iso3, Feature<MultiPolygon>>): Feature<LineString> {
  const c = arazBorder(countries).geometry.coordinates;
  const out = c.map((p, i) => {
    const a = c[Math.max(0, i - SPAN)]!;
    const b = c[Math.min(c.length - 1, i + SPAN)]!;
    const kx = 111.32 * Math.cos((p[1]! * Math.PI) / 180);
    const ky = 110.57;
    const dx = (b[0]! - a[0]!) * kx;
    const dy = (b[1]! - a[1]!) * ky;
    const n = Math.hypot(dx, dy) || 1;
    // Left of the direction of travel (west to east, downstream): (-dy, dx).
    return [p[0]! + ((-dy / n) * ARAZ_SETBACK_KM) / kx, p[1]! + ((dx / n) * ARAZ_SETBACK_KM) / ky];
  });
  return simplify(lineString(out), { tolerance: SIMPLIFY_DEG, highQuality: true });
}

/**
 * The bank line between waypoints a and b, with a and b at its ends (so waypoints stay on the line). A waypoint off
 * the river (a town up the valley side) joins the bank as far along as it lies from it, not at the nearest point,
 * so the line does not run down to the river and back at each town; where the two joins overlap, the chord is kept.
 */
export function alongBank(bank: Feature<LineString>, a: Position, b: Position): Position[] {
  const pa = nearestPointOnLine(bank, point(a), { units: 'kilometers' });
  const pb = nearestPointOnLine(bank, point(b), { units: 'kilometers' });
  const forward = pa.properties.location <= pb.properties.location;
  const slice = lineSlice(forward ? pa : pb, forward ? pb : pa, bank);
  if (!forward) slice.geometry.coordinates.reverse();
  const len = length(slice, { units: 'kilometers' });
  const [da, db] = [pa.properties.dist, pb.properties.dist];
  if (da + db >= len) return [a, b];
  return [a, ...lineSliceAlong(slice, da, len - db, { units: 'kilometers' }).geometry.coordinates, b];
}
