/**
 * Builds the hand-drawn line layers from the waypoint tables in geo/lines/ (facts.md §2, §3):
 * data/routes.geojson (the five proposed routes) and data/peacekeeping.geojson.
 * The peacekeeping zone is derived from data/context.geojson and data/districts.geojson, so run this after
 * the builders that write those, and after places: waypoint elevations come from data/places.geojson.
 * Run: npm run geo:build (reproduces the committed files exactly).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distance, featureCollection, lineString } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Position } from 'geojson';
import type { PlaceProps, RouteFeature, RouteProps, Waypoint } from '../schema.ts';
import { roundCoord } from '../region.ts';
import { ROUTES } from '../lines/routes.ts';
import { ARAZ_STRETCHES } from '../lines/araz.ts';
import { alongBank, arazLeftBank, ARAZ_SOURCE } from './araz.ts';
import { osmCountries, type Iso3 } from './osmBorders.ts';
import { territoriesFrom, type Territories } from '../territories.ts';
import { kmByTerritory, lineKm } from '../metrics/territorySplit.ts';
import { buildPeacekeeping } from './peacekeeping.ts';
import { writeGeoJSON } from './writeGeoJSON.ts';

/** A place's GeoNames `dem` is a sample at the town point: it stands for a waypoint only this close. */
const ELEVATION_MAX_OFFSET_M = 500;

/** The nearest place with an elevation within ELEVATION_MAX_OFFSET_M gives the waypoint its elevation; none is ever guessed. */
function withElevation(w: Waypoint, places: FeatureCollection<Point, PlaceProps>): Waypoint {
  if (w.elevation !== undefined) return w; // a cited height (a pass) given in geo/lines/
  let best: { m: number; props: PlaceProps } | null = null;
  for (const p of places.features) {
    if (p.properties.elevation === undefined || p.properties.geonamesId === undefined) continue;
    const m = distance([w.lon, w.lat], p.geometry.coordinates, { units: 'meters' });
    if (m <= ELEVATION_MAX_OFFSET_M && (!best || m < best.m)) best = { m, props: p.properties };
  }
  return best ? { ...w, elevation: best.props.elevation, elevationSource: `GeoNames ${best.props.geonamesId} dem` } : w;
}

/**
 * A LineString through the route's waypoints in order, so every waypoint lies on its line. Within the route's
 * Araz stretch (geo/lines/araz.ts) each segment follows `bank` between its waypoints instead of a chord.
 */
export function routeFeature(route: RouteProps, places: FeatureCollection<Point, PlaceProps>, bank?: Feature<LineString>): RouteFeature {
  const waypoints = route.waypoints.map((w) => withElevation({ ...w, lon: roundCoord(w.lon), lat: roundCoord(w.lat) }, places));
  const stretch = ARAZ_STRETCHES[route.id];
  const index = (name: string) => {
    const i = waypoints.findIndex((w) => w.name === name);
    if (i < 0) throw new Error(`${route.id}: Araz stretch names no waypoint "${name}"`);
    return i;
  };
  const [from, to] = stretch && bank ? [index(stretch.from), index(stretch.to)] : [-1, -1];
  const coords: Position[] = [[waypoints[0]!.lon, waypoints[0]!.lat]];
  for (let k = 0; k + 1 < waypoints.length; k++) {
    const a: Position = [waypoints[k]!.lon, waypoints[k]!.lat];
    const b: Position = [waypoints[k + 1]!.lon, waypoints[k + 1]!.lat];
    const inner =
      k >= from && k < to
        ? alongBank(bank!, a, b)
            .slice(1, -1)
            .map(([lon, lat]) => [roundCoord(lon!), roundCoord(lat!)])
        : [];
    coords.push(...inner, b);
  }
  const source = from >= 0 ? `${route.source}; ${ARAZ_SOURCE}` : route.source;
  return lineString(coords, { ...route, source, waypoints });
}

/** Armenia, mainland Azerbaijan and Nakhchivan from the OSM country polygons (unclipped, unsimplified). */
function osmTerritories(countries: Map<Iso3, Feature<MultiPolygon>>): Territories {
  const f = (id: string, iso: Iso3) => ({ type: 'Feature' as const, properties: { id }, geometry: countries.get(iso)!.geometry });
  return territoriesFrom({ type: 'FeatureCollection', features: [f('armenia', 'ARM'), f('azerbaijan', 'AZE')] });
}

/** The route's length and split written from its built line, so the note cannot disagree with the line. */
function measuredNote(line: RouteFeature, territories: Territories): string {
  const km = kmByTerritory(line, territories);
  const r = (x: number) => x.toFixed(0);
  const outside = km.other > 0.05 ? `, ${km.other.toFixed(1)} km outside all three` : '';
  return `Measured on the drawn line against the OpenStreetMap country polygons: ${r(lineKm(line))} km in all, ${r(km.azerbaijan)} km in mainland Azerbaijan, ${r(km.armenia)} km in Armenia and ${r(km.nakhchivan)} km in Nakhchivan${outside}. Along the Araz the line follows the river's bank, so it is longer than the road or track where those cut the river's bends.`;
}

export function buildLines(dataDir: string): void {
  const ids = new Set(ROUTES.map((r) => r.id));
  if (ids.size !== ROUTES.length) throw new Error('routes: duplicate ids');
  // Written earlier in the same build (buildPlaces), so elevations follow the committed places.
  const places = JSON.parse(readFileSync(join(dataDir, 'places.geojson'), 'utf8')) as FeatureCollection<Point, PlaceProps>;
  const countries = osmCountries();
  const bank = arazLeftBank(countries);
  const territories = osmTerritories(countries);
  const features = ROUTES.map((r) => {
    const f = routeFeature(r, places, bank);
    return r.id in ARAZ_STRETCHES ? { ...f, properties: { ...f.properties, notes: [...(f.properties.notes ?? []), measuredNote(f, territories)] } } : f;
  });
  writeGeoJSON(join(dataDir, 'routes.geojson'), featureCollection(features));
  writeGeoJSON(join(dataDir, 'peacekeeping.geojson'), featureCollection(buildPeacekeeping()));
}
