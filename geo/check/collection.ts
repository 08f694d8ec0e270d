/** Checks every GeoJSON file shares: valid GeoJSON, unique ids, coordinates in the region, no self-intersections. */
import * as gjv from 'geojson-validation';
import { coordAll, kinks } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { DATA_BBOX, inBBox } from '../region.ts';
import type { Problem } from './problem.ts';

export const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Runs geojson-validation; returns the collection when it is one, or null with the reasons in `out`. */
export function asCollection(file: string, raw: unknown, out: Problem[]): FeatureCollection | null {
  const errors = gjv.valid(raw, true);
  for (const message of errors) out.push({ file, message: `invalid GeoJSON: ${message}` });
  if (errors.length > 0) return null;
  if ((raw as { type?: string }).type !== 'FeatureCollection') {
    out.push({ file, message: 'must be a FeatureCollection' });
    return null;
  }
  return raw as FeatureCollection;
}

/** A label for a feature in messages: its id, or its position when it has none. */
export const featureLabel = (f: Feature, i: number): string => {
  const id = f.properties?.id;
  return typeof id === 'string' && id ? id : `feature #${i + 1} (no id)`;
};

export function checkIdsAndGeometry(file: string, fc: FeatureCollection, seen: Map<string, string>, out: Problem[]): void {
  fc.features.forEach((f, i) => {
    const feature = featureLabel(f, i);
    const id = f.properties?.id;
    if (typeof id !== 'string' || !KEBAB.test(id)) out.push({ file, feature, message: `id must be kebab-case text (got ${JSON.stringify(id)})` });
    else if (seen.has(id)) out.push({ file, feature, message: `duplicate id: also used in ${seen.get(id)}` });
    else seen.set(id, file);

    const outside = coordAll(f).filter((c) => !inBBox(c, DATA_BBOX));
    if (outside.length > 0) {
      const [lon, lat] = outside[0]!;
      out.push({ file, feature, message: `${outside.length} coordinate(s) outside the region ${DATA_BBOX.join(',')}, first at ${lon},${lat}` });
    }
    if (f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')) {
      const k = kinks(f as Feature<Polygon | MultiPolygon>).features;
      if (k.length > 0) {
        const [lon, lat] = k[0]!.geometry.coordinates;
        out.push({ file, feature, message: `polygon intersects itself at ${k.length} point(s), first at ${lon},${lat}` });
      }
    }
  });
}
