/**
 * Elevation figures of a route from the elevations of its named waypoints (GeoNames `dem`, a 90 m
 * SRTM sample at the town point): no terrain model, so passes between towns are not seen. Pure.
 */
import { nearestPointOnLine, point } from '@turf/turf';
import type { Feature, LineString } from 'geojson';
import type { Waypoint } from '../schema.ts';

export interface Height {
  m: number;
  name: string;
}

export interface ProfilePoint extends Height {
  /** Km along the line to the waypoint's nearest point on it. */
  km: number;
}

export interface ElevationFigures {
  /** Null (like `lowest` and `climbM`) when fewer than 2 waypoints have an elevation. */
  highest: Height | null;
  lowest: Height | null;
  /** Sum of the rises between consecutive known elevations, in route order. */
  climbM: number | null;
  /** How many waypoints have an elevation. */
  points: number;
  profile: ProfilePoint[];
}

export function elevationFigures(line: Feature<LineString>, waypoints: readonly Waypoint[]): ElevationFigures {
  const profile: ProfilePoint[] = waypoints.flatMap((w) =>
    w.elevation === undefined ? [] : [{ km: nearestPointOnLine(line, point([w.lon, w.lat]), { units: 'kilometers' }).properties.totalDistance, m: w.elevation, name: w.name }],
  );
  if (profile.length < 2) return { highest: null, lowest: null, climbM: null, points: profile.length, profile };
  // Ties go to the first in route order.
  const pick = (better: (a: number, b: number) => boolean): Height => profile.reduce((best, p) => (better(p.m, best.m) ? p : best), profile[0]!);
  let climbM = 0;
  for (let k = 1; k < profile.length; k++) climbM += Math.max(0, profile[k]!.m - profile[k - 1]!.m);
  const height = ({ m, name }: Height): Height => ({ m, name });
  return {
    highest: height(pick((a, b) => a > b)),
    lowest: height(pick((a, b) => a < b)),
    climbM,
    points: profile.length,
    profile,
  };
}
