/**
 * Hand-drawn lines keep the points they were drawn through. Two checks keep them honest:
 * each named waypoint lies on its line, and each route segment lies in the territory it declares.
 */
import { along, length, lineString, point, pointToLineDistance, pointToPolygonDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Position } from 'geojson';
import type { AnyFeature, RouteFeature, Territory } from '../schema.ts';
import { DATA_BBOX, inBBox } from '../region.ts';
import { declaredTerritory, territoryAt, TERRITORY_TOLERANCE_KM, type Territories } from '../territories.ts';
import type { Problem } from './problem.ts';
import { memoByText, memoByTextPer } from './memo.ts';

/** A waypoint may sit this far from its line (issue 3). */
export const WAYPOINT_TOLERANCE_KM = 1;

const SAMPLE_STEP_KM = 0.25;

const distancesMemo = memoByText<number[]>();

export function checkWaypointsOnLine(file: string, features: AnyFeature[], out: Problem[]): void {
  for (const f of features) {
    // The schema gives every line its waypoints (routes, the corridor road, patrols).
    if (f.geometry.type !== 'LineString' || !('waypoints' in f.properties)) continue;
    const line = f.geometry;
    const { waypoints } = f.properties;
    const kms = distancesMemo(JSON.stringify([line, waypoints]), () => waypoints.map((w) => pointToLineDistance(point([w.lon, w.lat]), line, { units: 'kilometers' })));
    waypoints.forEach((w, i) => {
      const km = kms[i]!;
      if (km > WAYPOINT_TOLERANCE_KM) out.push({ file, feature: f.properties.id, message: `waypoint "${w.name}" is ${km.toFixed(2)} km from the line (more than ${WAYPOINT_TOLERANCE_KM} km)` });
    });
  }
}

export function checkRouteTerritories(file: string, routes: RouteFeature[], territories: Territories, out: Problem[]): void {
  for (const f of routes) {
    const feature = f.properties.id;
    const waypoints = f.properties.waypoints;
    const astray = waypoints.find((w) => !inBBox([w.lon, w.lat], DATA_BBOX));
    if (astray) {
      out.push({ file, feature, message: `waypoint "${astray.name}" lies outside the region ${DATA_BBOX.join(',')} (${astray.lon},${astray.lat})` });
      continue;
    }
    for (let k = 0; k + 1 < waypoints.length; k++) {
      const a = waypoints[k]!;
      const b = waypoints[k + 1]!;
      const want = declaredTerritory(a, b);
      if (!want) continue;
      if (a.territory !== 'border' && b.territory !== 'border' && a.territory !== b.territory) {
        out.push({ file, feature, message: `segment "${a.name}" → "${b.name}" joins ${a.territory} to ${b.territory} without a border waypoint` });
        continue;
      }
      const stray = strayMemo(territories)(JSON.stringify([a.lon, a.lat, b.lon, b.lat, want]), () => worstStray([a.lon, a.lat], [b.lon, b.lat], want, territories));
      if (stray && stray.km > TERRITORY_TOLERANCE_KM) {
        const [lon, lat] = stray.at;
        out.push({
          file,
          feature,
          message: `segment "${a.name}" → "${b.name}" is declared in ${want} but runs ${stray.km.toFixed(1)} km outside it (in ${stray.inside ?? 'no territory'} at ${lon!.toFixed(4)},${lat!.toFixed(4)}); tolerance ${TERRITORY_TOLERANCE_KM} km`,
        });
      }
    }
  }
}

type Stray = { km: number; at: Position; inside: Territory | null } | null;
/** Sampling a segment against the borders is the check's costliest step: remembered per segment, for each set of territories. */
const strayMemo = memoByTextPer<Territories, Stray>(512);

/**
 * The sample point of a→b farthest outside `want`, with how far outside it is. Samples are ranked by a
 * flat-earth distance to the territory's edges (cheap, and within 1% of the geodesic one at this
 * scale); only the farthest one, when it is near the tolerance or beyond, is measured with turf.
 */
function worstStray(a: Position, b: Position, want: Territory, territories: Territories): Stray {
  const seg = lineString([a, b]);
  const total = length(seg, { units: 'kilometers' });
  let worst: { rank: number; at: Position; inside: Territory | null } | null = null;
  for (let d = 0; d <= total; d += SAMPLE_STEP_KM) {
    const at = along(seg, d, { units: 'kilometers' }).geometry.coordinates;
    const inside = territoryAt(territories, at);
    if (inside === want) continue;
    const rank = flatKmToEdges(at, territories[want]);
    if (!worst || rank > worst.rank) worst = { rank, at, inside };
  }
  // Well inside the tolerance on the plane is inside it on the sphere too: no need to measure.
  if (!worst || worst.rank < TERRITORY_TOLERANCE_KM * 0.9) return null;
  return { km: Math.abs(pointToPolygonDistance(point(worst.at), territories[want], { units: 'kilometers' })), at: worst.at, inside: worst.inside };
}

/** Distance in km from `p` to the nearest edge of `area`, on a plane tangent at `p`. */
function flatKmToEdges(p: Position, area: Feature<MultiPolygon>): number {
  const kx = 111.32 * Math.cos((p[1]! * Math.PI) / 180);
  const ky = 110.57;
  let best = Infinity;
  for (const ring of area.geometry.coordinates.flat()) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const ax = (ring[i]![0]! - p[0]!) * kx;
      const ay = (ring[i]![1]! - p[1]!) * ky;
      const dx = (ring[i + 1]![0]! - ring[i]![0]!) * kx;
      const dy = (ring[i + 1]![1]! - ring[i]![1]!) * ky;
      const len2 = dx * dx + dy * dy;
      const t = len2 === 0 ? 0 : Math.min(1, Math.max(0, -(ax * dx + ay * dy) / len2));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  }
  return best;
}
