/**
 * Accuracy rows for the routes, measured on the committed files: how much of each line lies outside the
 * territory its waypoints declare (against the basemap the map draws), and the railway's sections
 * against the stations' kilometre posts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { length, lineSlice, point } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import type { AccuracyRow } from './accuracyRow.ts';
import { FILES, type RouteFeature } from '../schema.ts';
import { parseFile } from '../parse.ts';
import { territoriesFrom, type Territories } from '../territories.ts';
import { declaredOfPieces, territoryPieces } from '../metrics/territorySplit.ts';
import { RAILWAY_KM_POSTS, type KmPost } from '../lines/yeraskhHoradizRailway.ts';

/** A data file by its path in the repository (FILES), from the data folder. */
const read = (dataDir: string, file: string): unknown => JSON.parse(readFileSync(join(dataDir, '..', file), 'utf8'));
const km = { units: 'kilometers' } as const;
const pct = (x: number, ref: number) => `${x >= ref ? '+' : ''}${Math.round((x / ref - 1) * 100)}%`;

/** Km of the line whose territory is not the one its waypoint leg declares. */
export function kmOutsideDeclared(route: RouteFeature, territories: Territories): number {
  const pieces = territoryPieces(route, territories);
  const declared = declaredOfPieces(pieces, route.properties.waypoints, route);
  return pieces.reduce((km, p, i) => (declared[i] && p.where !== declared[i] ? km + p.km : km), 0);
}

/** Along-the-line km between two named waypoints of `route`. */
function alongKm(route: RouteFeature, from: string, to: string): number {
  const wp = (name: string) => {
    const w = route.properties.waypoints.find((x) => x.name === name);
    if (!w) throw new Error(`${route.properties.id}: kilometre post names no waypoint "${name}"`);
    return point([w.lon, w.lat]);
  };
  return length(lineSlice(wp(from), wp(to), route), km);
}

function postRows(railway: RouteFeature, label: string, posts: readonly KmPost[]): AccuracyRow[] {
  const rows: AccuracyRow[] = [];
  for (let i = 0; i + 1 < posts.length; i++) {
    const [a, b] = [posts[i]!, posts[i + 1]!];
    const ref = Math.abs(b.km - a.km);
    const drawn = alongKm(railway, a.station, b.station);
    rows.push({
      layer: `Railway ${label}: ${a.station} → ${b.station}`,
      reference: `Kilometre posts (DE-R, facts.md §2(e)): km ${a.km} → ${b.km}, ${ref.toFixed(1)} km`,
      measure: 'Length along the drawn line',
      value: `${drawn.toFixed(1)} km (${pct(drawn, ref)})`,
    });
  }
  return rows;
}

export function routeAccuracy(dataDir: string): AccuracyRow[] {
  const routes = parseFile(FILES.routes, read(dataDir, FILES.routes.file)).items;
  const countries = read(dataDir, FILES.countries.file) as FeatureCollection;
  const territories = territoriesFrom(countries);
  const rows: AccuracyRow[] = routes.map((r) => {
    const total = length(r, km);
    const off = kmOutsideDeclared(r, territories);
    return {
      layer: `Route ${r.properties.name}`,
      reference: 'Territories its waypoints declare, on the basemap (OpenStreetMap)',
      measure: 'Length outside them (share of the line)',
      value: `${off.toFixed(1)} km of ${total.toFixed(0)} km (${((off / total) * 100).toFixed(1)}%)`,
    };
  });
  const railway = routes.find((r) => r.properties.id === 'yeraskh-horadiz-railway');
  if (!railway) throw new Error('routes: no yeraskh-horadiz-railway to measure against its kilometre posts');
  for (const part of RAILWAY_KM_POSTS)
    rows.push(
      ...postRows(
        railway,
        part.line,
        part.stations.filter((s) => part.stretchEnds.includes(s.station)),
      ),
    );
  for (const part of RAILWAY_KM_POSTS) rows.push(...postRows(railway, part.line, part.stations));
  return rows;
}
