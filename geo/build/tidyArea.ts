/** Rounding and validity checks shared by the polygon layers (districts, context, peacekeeping). */
import { cleanCoords, coordAll, kinks, rewind, truncate } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { COORD_DECIMALS, DATA_BBOX, inBBox } from '../region.ts';

/**
 * Rounds to COORD_DECIMALS, drops repeated vertices, winds rings per RFC 7946, and refuses a result
 * that self-intersects or leaves DATA_BBOX (the data check would reject it anyway; failing here names
 * the cause). `id` names the feature in errors.
 */
export function tidyArea<G extends Polygon | MultiPolygon>(geometry: G, id: string): G {
  const out = rewind(cleanCoords(truncate(geometry, { precision: COORD_DECIMALS }))) as G;
  const k = kinks(out).features;
  if (k.length > 0) throw new Error(`${id}: ${k.length} self-intersection(s) after rounding, first at ${k[0]!.geometry.coordinates.join(',')}`);
  if (!coordAll(out).every((c) => inBBox(c, DATA_BBOX))) throw new Error(`${id}: coordinates outside DATA_BBOX`);
  return out;
}
