/**
 * Lakes and reservoirs from OpenStreetMap via npm @geo-maps/earth-lakes-10m (ODbL), clipped to DATA_BBOX.
 * The package cuts lakes along a grid (Mingachevir comes in three pieces): mapshaper dissolves the pieces
 * back into one polygon each. It carries no names: the lakes of waterNames.ts are found by a sourced point.
 * The Caspian, which the package also holds, comes from GSHHG instead (caspian.ts), as the basemap cuts the
 * land to that shore.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { area, booleanPointInPolygon, centerOfMass, pointOnFeature, pointToPolygonDistance } from '@turf/turf';
import type { Feature, FeatureCollection, GeometryCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { DATA_BBOX } from '../region.ts';
import { LAKES, type LakeName } from './waterNames.ts';
import { mapshaperRun } from './mapshaperRun.ts';

export const EARTH_LAKES = '@geo-maps/earth-lakes-10m@0.6.0';
export const LAKES_SOURCE = `OpenStreetMap via npm ${EARTH_LAKES} (© OpenStreetMap contributors, ODbL 1.0)`;

/** Smaller water bodies are left out: at the zooms the map opens on they would be specks. */
const MIN_KM2 = 1;
/** Larger than any lake here: the package's Caspian. */
const SEA_KM2 = 100_000;
/** A lake's sourced point may sit near its shore (Mingachevir's is at the dam). */
const MATCH_KM = 2;
/** Holes smaller than this are the triangular notches the package leaves on its grid lines (0.3–0.4 km² in Sevan), not islands. */
const SLIVER_KM2 = 1;

const withoutSlivers = ([outer, ...holes]: Position[][]): Position[][] => [outer!, ...holes.filter((h) => area({ type: 'Polygon', coordinates: [h] }) / 1e6 >= SLIVER_KM2)];

export interface Lake {
  geometry: Polygon;
  km2: number;
  name?: LakeName;
  /** How far the sourced point lies outside the polygon (0 inside). */
  matchKm?: number;
}

export async function readLakes(dir: string): Promise<Lake[]> {
  const gc = JSON.parse(readFileSync(join(dir, 'map.geo.json'), 'utf8')) as GeometryCollection<MultiPolygon | Polygon>;
  const [w, s, e, n] = DATA_BBOX;
  const touches = (ring: Position[]) => ring.some(([x, y]) => x! >= w && x! <= e && y! >= s && y! <= n);
  const polygons = gc.geometries.flatMap((g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)).filter((p) => touches(p[0]!) && area({ type: 'Polygon', coordinates: p }) / 1e6 < SEA_KM2);
  const input: FeatureCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: polygons } }] };
  const out = await mapshaperRun(`-i lakes.json snap -clip bbox=${DATA_BBOX.join(',')} -dissolve2 -explode -o out.json precision=0.00001`, { 'lakes.json': input });
  const lakes: Lake[] = (out['out.json']!.features as Feature<Polygon>[])
    .map((f) => ({ type: 'Polygon' as const, coordinates: withoutSlivers(f.geometry.coordinates) }))
    .map((geometry) => ({ geometry, km2: area(geometry) / 1e6 }))
    .filter((l) => l.km2 >= MIN_KM2)
    .sort((a, b) => b.km2 - a.km2 || a.geometry.coordinates[0]![0]![0]! - b.geometry.coordinates[0]![0]![0]!);
  for (const name of LAKES) {
    const scored = lakes.map((l) => ({ l, km: booleanPointInPolygon(name.at, l.geometry) ? 0 : pointToPolygonDistance(name.at, l.geometry, { units: 'kilometers' }) }));
    const best = scored.sort((a, b) => a.km - b.km)[0];
    if (!best || best.km > MATCH_KM) throw new Error(`lakes: no lake within ${MATCH_KM} km of ${name.name} (${name.at.join(', ')})`);
    if (best.l.name) throw new Error(`lakes: ${name.name} and ${best.l.name.name} match the same polygon`);
    best.l.name = name;
    best.l.matchKm = best.km;
  }
  return lakes;
}

/** Where a lake's label goes: its centre of mass, or a point inside when that falls outside (a bent reservoir). */
export function lakeLabelPoint(p: Polygon): Position {
  const c = centerOfMass(p).geometry.coordinates;
  return booleanPointInPolygon(c, p) ? c : pointOnFeature(p).geometry.coordinates;
}
