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
import type { FeatureCollection, Point } from 'geojson';
import type { PlaceProps, RouteFeature, RouteProps, Waypoint } from '../schema.ts';
import { roundCoord } from '../region.ts';
import { ROUTES } from '../lines/routes.ts';
import { buildPeacekeeping } from './peacekeeping.ts';
import { writeGeoJSON } from './writeGeoJSON.ts';

/** A place's GeoNames `dem` is a sample at the town point: it stands for a waypoint only this close. */
const ELEVATION_MAX_OFFSET_M = 500;

/** The nearest place with an elevation within ELEVATION_MAX_OFFSET_M gives the waypoint its elevation; none is ever guessed. */
function withElevation(w: Waypoint, places: FeatureCollection<Point, PlaceProps>): Waypoint {
  let best: { m: number; props: PlaceProps } | null = null;
  for (const p of places.features) {
    if (p.properties.elevation === undefined || p.properties.geonamesId === undefined) continue;
    const m = distance([w.lon, w.lat], p.geometry.coordinates, { units: 'meters' });
    if (m <= ELEVATION_MAX_OFFSET_M && (!best || m < best.m)) best = { m, props: p.properties };
  }
  return best ? { ...w, elevation: best.props.elevation, elevationSource: `GeoNames ${best.props.geonamesId} dem` } : w;
}

/** A LineString through the route's waypoints in order, so every waypoint lies on its line. */
export function routeFeature(route: RouteProps, places: FeatureCollection<Point, PlaceProps>): RouteFeature {
  const waypoints = route.waypoints.map((w) => withElevation({ ...w, lon: roundCoord(w.lon), lat: roundCoord(w.lat) }, places));
  return lineString(
    waypoints.map((w) => [w.lon, w.lat]),
    { ...route, waypoints },
  ) as RouteFeature;
}

export function buildLines(dataDir: string): void {
  const ids = new Set(ROUTES.map((r) => r.id));
  if (ids.size !== ROUTES.length) throw new Error('routes: duplicate ids');
  // Written earlier in the same build (buildPlaces), so elevations follow the committed places.
  const places = JSON.parse(readFileSync(join(dataDir, 'places.geojson'), 'utf8')) as FeatureCollection<Point, PlaceProps>;
  writeGeoJSON(join(dataDir, 'routes.geojson'), featureCollection(ROUTES.map((r) => routeFeature(r, places))));
  writeGeoJSON(join(dataDir, 'peacekeeping.geojson'), featureCollection(buildPeacekeeping()));
}
