/** Rounding and validity checks shared by the polygon layers (districts, context, peacekeeping). */
import { cleanCoords, coordAll, feature, featureCollection, kinks, rewind, truncate, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { COORD_DECIMALS, DATA_BBOX, inBBox } from '../region.ts';

/** Rounding can make a cut polygon touch itself; re-noding it (a union with itself) this many times repairs that. */
const MAX_REPAIRS = 3;

/** A feature rounded to COORD_DECIMALS, repeated vertices dropped (the basemap and water layers). */
// turf types cleanCoords as `any`: the feature goes in and comes out the same shape.
// eslint-disable-next-line @typescript-eslint/no-unsafe-return
export const tidy = <T extends Feature>(f: T): T => truncate(cleanCoords(f), { precision: COORD_DECIMALS, mutate: true });

const round = <G extends Polygon | MultiPolygon>(g: G): G => rewind(cleanCoords(truncate(g, { precision: COORD_DECIMALS }))) as G;

/**
 * Rounds to COORD_DECIMALS, drops repeated vertices, winds rings per RFC 7946, and refuses a result
 * that self-intersects or leaves DATA_BBOX (the data check would reject it anyway; failing here names
 * the cause). `id` names the feature in errors.
 */
export function tidyArea<G extends Polygon | MultiPolygon>(geometry: G, id: string): G {
  let out: Polygon | MultiPolygon = round(geometry);
  for (let i = 0; i < MAX_REPAIRS && kinks(out).features.length > 0; i++) {
    const renoded = union(featureCollection([feature(out), feature(out)]));
    if (!renoded) throw new Error(`${id}: empty after repairing self-intersections`);
    out = round(renoded.geometry);
  }
  const k = kinks(out).features;
  if (k.length > 0) throw new Error(`${id}: ${k.length} self-intersection(s) after rounding, first at ${k[0]!.geometry.coordinates.join(',')}`);
  if (!coordAll(out).every((c) => inBBox(c, DATA_BBOX))) throw new Error(`${id}: coordinates outside DATA_BBOX`);
  return out as G;
}
