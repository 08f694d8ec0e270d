/** Checks every GeoJSON file shares: valid GeoJSON, unique ids, coordinates in the region, no self-intersections. */
import * as gjv from 'geojson-validation';
import { coordAll, kinks } from '@turf/turf';
import type { Geometry, Position } from 'geojson';
import { DATA_BBOX, inBBox } from '../region.ts';
import type { Problem } from './problem.ts';
import { memoByValue } from './memo.ts';

/** What these rules read of a feature that passed its schema. */
export interface Checked {
  properties: { id: string };
  geometry: Geometry;
}

/** geojson-validation's reasons why `feature` is not a GeoJSON Feature (none when it is). */
export function geojsonProblems(feature: unknown): string[] {
  try {
    return gjv.valid(feature, true).map((m) => `invalid GeoJSON: ${m}`);
  } catch (e) {
    // geojson-validation reads some malformed input by touching fields that are not there.
    return [`invalid GeoJSON (geojson-validation could not read it: ${e instanceof Error ? e.message : String(e)})`];
  }
}

/** Whether all of a feature's coordinates lie in the region: only such features are measured along their lines. */
export const inRegion = (f: Checked): boolean => coordAll(f.geometry).every((c) => inBBox(c, DATA_BBOX));

/** Where each polygon crosses itself, by the polygon's text: a few hundred features, checked in every test run. */
const kinksMemo = memoByValue<Geometry, Position[]>(512);

/** Ids unique across files (`seen` maps each id to its file), coordinates in the region, polygons that do not cross themselves. */
export function checkIdsAndGeometry(file: string, features: Checked[], seen: Map<string, string>, out: Problem[]): void {
  for (const f of features) {
    const feature = f.properties.id;
    if (seen.has(feature)) out.push({ file, feature, message: `duplicate id: also used in ${seen.get(feature)}` });
    else seen.set(feature, file);

    const outside = coordAll(f.geometry).filter((c) => !inBBox(c, DATA_BBOX));
    if (outside.length > 0) {
      const [lon, lat] = outside[0]!;
      out.push({ file, feature, message: `${outside.length} coordinate(s) outside the region ${DATA_BBOX.join(',')}, first at ${lon},${lat}` });
    } else if (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') {
      const geometry = f.geometry;
      const k = kinksMemo(geometry, () => kinks(geometry).features.map((p) => p.geometry.coordinates));
      if (k.length > 0) {
        const [lon, lat] = k[0]!;
        out.push({ file, feature, message: `polygon intersects itself at ${k.length} point(s), first at ${lon},${lat}` });
      }
    }
  }
}
