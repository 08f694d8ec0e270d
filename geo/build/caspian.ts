/**
 * The Caspian Sea from GSHHG's full-resolution shoreline. OpenStreetMap's maritime borders run out into
 * the sea (territorial waters and sectors), so the basemap cuts the land to this shore. GSHHG files the
 * Caspian as a lake (level 2): it is read from a box that holds it whole, so its shore closes into one
 * ring; islands in it (level 3) stay land.
 */
import { area, booleanPointInPolygon, polygon } from '@turf/turf';
import type { Polygon, Position } from 'geojson';
import type { BBox } from '../region.ts';
import { joinPieces, shorelines } from './gshhg.ts';

/** Holds the whole Caspian (lon 46.6–54.8, lat 36.5–47.2) with a margin. */
const CASPIAN_BOX: BBox = [45, 35, 56, 48];
/** No other lake in the box comes near: the Caspian is ~370,000 km², Lake Urmia ~5,000. */
const MIN_KM2 = 300_000;

const closed = (r: Position[]) => r.length >= 4 && r[0]!.join() === r[r.length - 1]!.join();

export function caspianSea(): Polygon {
  const lakes = joinPieces(shorelines(CASPIAN_BOX, [2, 2]).map((p) => p.coords)).filter(closed);
  const shore = lakes.map((r) => polygon([r])).sort((a, b) => area(b) - area(a))[0];
  if (!shore || area(shore) / 1e6 < MIN_KM2) throw new Error(`GSHHG: no closed Caspian shoreline in ${CASPIAN_BOX.join(',')}`);
  const islands = joinPieces(shorelines(CASPIAN_BOX, [3, 3]).map((p) => p.coords))
    .filter(closed)
    .filter((r) => booleanPointInPolygon(r[0]!, shore));
  return { type: 'Polygon', coordinates: [shore.geometry.coordinates[0]!, ...islands] };
}
