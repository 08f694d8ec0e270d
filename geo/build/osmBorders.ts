/**
 * Country polygons from OpenStreetMap (npm @osm_borders/maritime_10m@1.1.0, ODbL: "© OpenStreetMap contributors").
 * The package holds one 48 MB GeoJSON of all countries, each a GeometryCollection; this reads it once and
 * returns the countries of the region as plain MultiPolygons, unclipped. Everything derived from it
 * (basemap, the Araz line the routes follow) falls under ODbL too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Position } from 'geojson';
import { packAndExtract } from './npmPack.ts';

export const OSM_BORDERS = '@osm_borders/maritime_10m@1.1.0';

/** ISO 3166 alpha-3 codes of the countries in or beside the region. */
export type Iso3 = 'ARM' | 'AZE' | 'GEO' | 'IRN' | 'TUR' | 'RUS';
const REGION: readonly Iso3[] = ['ARM', 'AZE', 'GEO', 'IRN', 'TUR', 'RUS'];

function polygonsOf(g: Geometry): Position[][][] {
  switch (g.type) {
    case 'Polygon':
      return [g.coordinates];
    case 'MultiPolygon':
      return g.coordinates;
    case 'GeometryCollection':
      return g.geometries.flatMap(polygonsOf);
    default:
      return []; // the package holds no lines or points; anything else carries no area
  }
}

let cache: Map<Iso3, Feature<MultiPolygon, { isoA3: Iso3 }>> | undefined;

/** The region's countries from OSM, keyed by ISO alpha-3 (`dir`: an unpacked package, fetched if absent). */
export function osmCountries(dir = packAndExtract(OSM_BORDERS)): Map<Iso3, Feature<MultiPolygon, { isoA3: Iso3 }>> {
  if (cache) return cache;
  const file = join(dir, 'borders.geo.json');
  const all = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<Geometry, { isoA3: string }>;
  cache = new Map();
  for (const iso of REGION) {
    const f = all.features.find((x) => x.properties.isoA3 === iso);
    if (!f) throw new Error(`${file}: no feature with isoA3 ${iso}`);
    cache.set(iso, { type: 'Feature', properties: { isoA3: iso }, geometry: { type: 'MultiPolygon', coordinates: polygonsOf(f.geometry) } });
  }
  return cache;
}
