/**
 * Builds the hand-drawn line layers from the waypoint tables in geo/lines/ (facts.md §2, §3):
 * data/routes.geojson (the five proposed routes) and data/peacekeeping.geojson.
 * The peacekeeping zone is derived from data/context.geojson and data/districts.geojson, so run this after
 * the builders that write those. Run: npm run geo:build (reproduces the committed files exactly).
 */
import { join } from 'node:path';
import { featureCollection, lineString } from '@turf/turf';
import type { RouteFeature, RouteProps } from '../schema.ts';
import { roundCoord } from '../region.ts';
import { ROUTES } from '../lines/routes.ts';
import { buildPeacekeeping } from './peacekeeping.ts';
import { writeGeoJSON } from './writeGeoJSON.ts';

/** A LineString through the route's waypoints in order, so every waypoint lies on its line. */
export function routeFeature(route: RouteProps): RouteFeature {
  const waypoints = route.waypoints.map((w) => ({ ...w, lon: roundCoord(w.lon), lat: roundCoord(w.lat) }));
  return lineString(
    waypoints.map((w) => [w.lon, w.lat]),
    { ...route, waypoints },
  ) as RouteFeature;
}

export function buildLines(dataDir: string): void {
  const ids = new Set(ROUTES.map((r) => r.id));
  if (ids.size !== ROUTES.length) throw new Error('routes: duplicate ids');
  writeGeoJSON(join(dataDir, 'routes.geojson'), featureCollection(ROUTES.map(routeFeature)));
  writeGeoJSON(join(dataDir, 'peacekeeping.geojson'), featureCollection(buildPeacekeeping(dataDir)));
}
