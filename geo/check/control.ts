/**
 * The rules of who held what: patrol lines run inside the peacekeeping zone and the corridor; the ground
 * that changed hands in 2020 overlaps neither the zone nor the ground held since 1994. Pure measures,
 * shared with the accuracy table (geo/build/controlAccuracy.ts).
 */
import { along, area, bbox, booleanPointInPolygon, featureCollection, intersect, length, point, pointToPolygonDistance } from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import type { Problem } from './problem.ts';
import type { DistrictFeature, PeacekeepingFeature } from '../schema.ts';
import { memoByText } from './memo.ts';

/** A patrol line may stray this far outside zone ∪ corridor: the zone's own lines are drawn to km, the patrols to their end points. */
export const PATROL_TOLERANCE_KM = 0.5;
/** Parts and the zone are cut from the same lines; rounding to 5 decimals leaves overlaps far below this. */
export const OVERLAP_TOLERANCE_KM2 = 0.5;
const STEP_KM = 0.1;

type Area = Feature<Polygon | MultiPolygon>;
const isArea = <F extends Feature>(f: F): f is F & Area => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon';
const prop = (f: Feature, k: string): unknown => (f.properties ?? {})[k];

const outsideMemo = memoByText<{ km: number; worstKm: number }>();

/** km of `line` farther than `toleranceKm` outside every area, and the worst distance. */
export function kmOutside(line: Feature<LineString>, areas: Area[], toleranceKm = 0): { km: number; worstKm: number } {
  const key = JSON.stringify([line.geometry, areas.map((a) => a.geometry), toleranceKm]);
  return outsideMemo(key, () => measureOutside(line, areas, toleranceKm));
}

function measureOutside(line: Feature<LineString>, areas: Area[], toleranceKm: number): { km: number; worstKm: number } {
  const total = length(line, { units: 'kilometers' });
  let km = 0;
  let worstKm = 0;
  for (let d = STEP_KM / 2; d < total; d += STEP_KM) {
    const p = along(line, d, { units: 'kilometers' });
    if (areas.some((a) => booleanPointInPolygon(p, a))) continue;
    const off = Math.min(...areas.map((a) => Math.abs(pointToPolygonDistance(point(p.geometry.coordinates), a, { units: 'kilometers' }))));
    worstKm = Math.max(worstKm, off);
    if (off > toleranceKm) km += Math.min(STEP_KM, total - d + STEP_KM / 2);
  }
  return { km, worstKm };
}

const boxesMeet = (a: Area, b: Area): boolean => {
  const [aw, as, ae, an] = bbox(a);
  const [bw, bs, be, bn] = bbox(b);
  return aw <= be && bw <= ae && as <= bn && bs <= an;
};

function intersectionKm2(a: Area, b: Area): number {
  if (!boxesMeet(a, b)) return 0;
  const both = intersect(featureCollection([a, b]));
  return both ? area(both) / 1e6 : 0;
}

const overlapMemo = memoByText<number>();
export const overlapKm2 = (a: Area, b: Area): number => overlapMemo(`${JSON.stringify(a.geometry)}|${JSON.stringify(b.geometry)}`, () => intersectionKm2(a, b));

export const changedIn2020 = (f: Feature): boolean => prop(f, 'how') === 'operation' || prop(f, 'how') === 'statement';

export function checkControl(districts: DistrictFeature[], peacekeeping: PeacekeepingFeature[], out: Problem[]): void {
  const zoneAndCorridor = peacekeeping.filter(isArea).filter((f) => f.properties.kind === 'zone' || f.properties.kind === 'corridor');
  for (const f of peacekeeping) {
    if (f.properties.kind !== 'patrol' || f.geometry.type !== 'LineString' || zoneAndCorridor.length === 0) continue;
    const { km, worstKm } = kmOutside({ ...f, geometry: f.geometry }, zoneAndCorridor, PATROL_TOLERANCE_KM);
    if (km > 0)
      out.push({
        file: 'data/peacekeeping.geojson',
        feature: f.properties.id,
        message: `patrol line runs ${km.toFixed(1)} km outside the zone and corridor (up to ${worstKm.toFixed(1)} km; tolerance ${PATROL_TOLERANCE_KM} km)`,
      });
  }

  const zone = peacekeeping.filter(isArea).filter((f) => f.properties.kind === 'zone');
  const held = districts.filter((f) => f.properties.how === 'held-since-1994');
  for (const f of districts.filter(changedIn2020)) {
    for (const other of [...zone, ...held]) {
      const km2 = overlapKm2(f, other);
      if (km2 > OVERLAP_TOLERANCE_KM2) {
        out.push({
          file: 'data/districts.geojson',
          feature: f.properties.id,
          message: `changed hands in 2020 but overlaps ${other.properties.id} by ${km2.toFixed(1)} km² (tolerance ${OVERLAP_TOLERANCE_KM2} km²)`,
        });
      }
    }
  }
}
