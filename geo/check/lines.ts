/**
 * Hand-drawn lines keep the points they were drawn through. Two checks keep them honest:
 * each named waypoint lies on its line, and each route segment lies in the territory it declares.
 */
import { along, length, lineString, point, pointToLineDistance, pointToPolygonDistance } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import type { Territory, Waypoint } from '../schema.ts';
import { territoryAt, TERRITORY_TOLERANCE_KM, type Territories } from '../territories.ts';
import type { Problem } from './problem.ts';
import { featureLabel } from './collection.ts';

/** A waypoint may sit this far from its line (issue 3). */
export const WAYPOINT_TOLERANCE_KM = 1;

const SAMPLE_STEP_KM = 0.25;

type NamedPoint = Pick<Waypoint, 'name' | 'lon' | 'lat'>;

function waypointsOf(f: Feature): NamedPoint[] | null {
  const w = (f.properties ?? {}).waypoints;
  if (!Array.isArray(w)) return null;
  return w.every((p) => p && typeof p === 'object' && typeof p.name === 'string' && typeof p.lon === 'number' && typeof p.lat === 'number')
    ? (w as NamedPoint[])
    : null;
}

export function checkWaypointsOnLine(file: string, fc: FeatureCollection, out: Problem[]): void {
  fc.features.forEach((f, i) => {
    if (f.geometry?.type !== 'LineString') return;
    const feature = featureLabel(f, i);
    const waypoints = waypointsOf(f);
    if (!waypoints) {
      out.push({ file, feature, message: 'a line must list its waypoints as [{name, lon, lat}]' });
      return;
    }
    for (const w of waypoints) {
      const km = pointToLineDistance(point([w.lon, w.lat]), f as Feature<LineString>, { units: 'kilometers' });
      if (km > WAYPOINT_TOLERANCE_KM) out.push({ file, feature, message: `waypoint "${w.name}" is ${km.toFixed(2)} km from the line (more than ${WAYPOINT_TOLERANCE_KM} km)` });
    }
  });
}

/** The territory a segment declares: its ends' territory, a 'border' end taking the other end's. */
function declared(a: Waypoint, b: Waypoint): Territory | null {
  if (a.territory !== 'border') return a.territory;
  return b.territory !== 'border' ? b.territory : null;
}

export function checkRouteTerritories(file: string, fc: FeatureCollection, territories: Territories, out: Problem[]): void {
  fc.features.forEach((f, i) => {
    const waypoints = (f.properties?.waypoints ?? []) as Waypoint[];
    const feature = featureLabel(f, i);
    for (let k = 0; k + 1 < waypoints.length; k++) {
      const a = waypoints[k]!;
      const b = waypoints[k + 1]!;
      const want = declared(a, b);
      if (!want) continue;
      if (a.territory !== 'border' && b.territory !== 'border' && a.territory !== b.territory) {
        out.push({ file, feature, message: `segment "${a.name}" → "${b.name}" joins ${a.territory} to ${b.territory} without a border waypoint` });
        continue;
      }
      const stray = worstStray(lineString([[a.lon, a.lat], [b.lon, b.lat]]), want, territories);
      if (stray && stray.km > TERRITORY_TOLERANCE_KM) {
        const [lon, lat] = stray.at;
        out.push({
          file,
          feature,
          message: `segment "${a.name}" → "${b.name}" is declared in ${want} but runs ${stray.km.toFixed(1)} km outside it (in ${stray.inside ?? 'no territory'} at ${lon!.toFixed(4)},${lat!.toFixed(4)}); tolerance ${TERRITORY_TOLERANCE_KM} km`,
        });
      }
    }
  });
}

/** The sample point of `seg` farthest outside `want`, with how far outside it is. */
function worstStray(seg: Feature<LineString>, want: Territory, territories: Territories): { km: number; at: Position; inside: Territory | null } | null {
  const total = length(seg, { units: 'kilometers' });
  let worst: { km: number; at: Position; inside: Territory | null } | null = null;
  for (let d = 0; d <= total; d += SAMPLE_STEP_KM) {
    const at = along(seg, d, { units: 'kilometers' }).geometry.coordinates;
    const inside = territoryAt(territories, at);
    if (inside === want) continue;
    const km = Math.abs(pointToPolygonDistance(point(at), territories[want], { units: 'kilometers' }));
    if (!worst || km > worst.km) worst = { km, at, inside };
  }
  return worst;
}
