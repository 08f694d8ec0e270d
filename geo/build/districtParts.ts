/**
 * Cuts the district parts out of Natural Earth's rayons with the 1994 ceasefire line, the NKAO outline,
 * the contact line of 2020 and the Lachin corridor (controlAreas.ts).
 *
 * Natural Earth's rayon lines and its NKAO outline disagree by km. The rayons that lay wholly inside the
 * NKAO (Shusha, Khojavend, Khojaly, Khankendi) spill over its outline; each spilled piece is given to the
 * neighbouring district it shares most ground with (within 1 km). This moves Lachin town out of the Shusha
 * polygon into Lachin's and Jabrayil town out of Khojavend's into Jabrayil's.
 */
import { area, buffer, featureCollection, flatten, multiPolygon, pointToPolygonDistance, point, union } from '@turf/turf';
import type { Position } from 'geojson';
import { adm1Geometry, type Area } from './datamaps.ts';
import { both, minus, type ControlAreas } from './controlAreas.ts';
import { INSIDE_NKAO_ADM1, PARTS, type PartFact } from './districtFacts.ts';

/**
 * Pieces smaller than this, left by two sources' mismatched lines, are dropped (and counted in the accuracy
 * table): at the sources' ~6 km precision a detached 20 km² fragment is noise, and it would carry a label.
 */
export const SLIVER_KM2 = 20;
const NEAR_KM = 1;
/** NKAO outline vertices farther than this from the inside rayons belong to other rayons' lines, not this comparison. */
const SAME_LINE_KM = 10;

const km2 = (f: Area | null): number => (f ? area(f) / 1e6 : 0);
const asArea = (g: Area['geometry']): Area => ({ type: 'Feature', properties: {}, geometry: g });

/** Drops pieces under SLIVER_KM2; returns what is kept and the area dropped. */
export function dropSlivers(f: Area | null): { kept: Area | null; droppedKm2: number } {
  if (!f) return { kept: null, droppedKm2: 0 };
  const pieces = flatten(f).features;
  const kept = pieces.filter((p) => km2(p) >= SLIVER_KM2);
  const droppedKm2 = pieces.filter((p) => km2(p) < SLIVER_KM2).reduce((s, p) => s + km2(p), 0);
  if (kept.length === 0) return { kept: null, droppedKm2 };
  const geometry = kept.length === 1 ? kept[0]!.geometry : multiPolygon(kept.map((p) => p.geometry.coordinates)).geometry;
  return { kept: asArea(geometry), droppedKm2 };
}

const unionOf = (fs: Area[]): Area | null => (fs.length === 0 ? null : fs.length === 1 ? fs[0]! : union(featureCollection(fs)));

export interface CutPart {
  fact: PartFact;
  geometry: Area;
  droppedKm2: number;
}

export interface DistrictCut {
  parts: CutPart[];
  /** km² of spilled rayon pieces given to each district. */
  reassignedKm2: Record<string, number>;
  /** How far (km) the NKAO outline lies from the inside rayons' outer boundary: median and 95th percentile. */
  nkaoMismatchKm: { median: number; p95: number };
  /** Each district's outline before subtracting the corridor, for the town checks. */
  outlines: Map<string, Area>;
  /** km² of each Natural Earth rayon that lies inside the NKAO outline and was cut off. */
  nkaoRemovedKm2: Record<string, number>;
  /** km² of Kalbajar that Natural Earth puts east of the ceasefire line, kept (the whole district was handed over). */
  kalbajarEastKm2: number;
}

const percentile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1)))]!;
};

export function cutDistricts(adm1: Map<string, Area>, c: ControlAreas): DistrictCut {
  const inside = asArea(adm1Geometry(adm1, INSIDE_NKAO_ADM1));
  const ring = c.nkao.geometry.type === 'Polygon' ? c.nkao.geometry.coordinates[0]! : [];
  // Only the stretch where both sources draw the same line: the NKAO's north lies in Tartar and Kalbajar rayons.
  const mismatch = ring.map((v: Position) => Math.abs(pointToPolygonDistance(point(v), inside, { units: 'kilometers' }))).filter((d) => d <= SAME_LINE_KM);

  // Each rayon's Natural Earth polygon, plus the spilled pieces it is nearest to.
  const rayonIds = [...new Set(PARTS.flatMap((p) => (p.recipe.from === 'rayon' ? [p.district] : [])))];
  const rayons = new Map(
    rayonIds.map((d) => {
      const fact = PARTS.find((p) => p.district === d && p.recipe.from === 'rayon')!;
      return [d, asArea(adm1Geometry(adm1, fact.recipe.from === 'rayon' ? fact.recipe.adm1 : []))];
    }),
  );
  const spilled = minus(inside, c.nkao);
  const extra = new Map<string, Area[]>();
  for (const piece of spilled ? flatten(spilled).features : []) {
    const halo = buffer(piece, NEAR_KM, { units: 'kilometers' });
    if (!halo) continue;
    let best: { d: string; shared: number } | null = null;
    for (const [d, r] of rayons) {
      const shared = km2(both(halo, r));
      if (shared > 0 && (!best || shared > best.shared)) best = { d, shared };
    }
    if (best) extra.set(best.d, [...(extra.get(best.d) ?? []), piece]);
  }
  const outlines = new Map<string, Area>();
  const reassignedKm2: Record<string, number> = {};
  const nkaoRemovedKm2: Record<string, number> = {};
  for (const [d, r] of rayons) {
    const add = extra.get(d) ?? [];
    reassignedKm2[d] = add.reduce((s, p) => s + km2(p), 0);
    nkaoRemovedKm2[d] = km2(both(r, c.nkao));
    outlines.set(d, minus(unionOf([r, ...add])!, c.nkao)!);
  }
  const kalbajarEastKm2 = km2(minus(outlines.get('kalbajar')!, c.westOfCeasefire));
  const shushaRayon = asArea(adm1Geometry(adm1, ['AZE-1737', 'AZE-5565']));

  const parts = PARTS.map((fact): CutPart => {
    const r = fact.recipe;
    let raw: Area | null;
    if (r.from === 'rayon') {
      const outline = outlines.get(fact.district)!;
      const side = r.side === 'west' ? both(outline, c.westOfCeasefire) : minus(outline, c.westOfCeasefire);
      // Kalbajar lay wholly west of the line: what Natural Earth puts east of it is line mismatch.
      raw = fact.district === 'kalbajar' ? outline : side;
      if (raw && fact.district === 'lachin') raw = minus(raw, c.corridor);
    } else if (r.from === 'taken-south') {
      raw = r.inside === 'shusha' ? both(c.takenSouth, shushaRayon) : minus(c.takenSouth, shushaRayon);
    } else {
      raw = c.takenNorth;
    }
    const { kept, droppedKm2 } = dropSlivers(raw);
    if (!kept) throw new Error(`${fact.id}: nothing left after cutting`);
    return { fact, geometry: kept, droppedKm2 };
  });
  return { parts, reassignedKm2, nkaoMismatchKm: { median: percentile(mismatch, 0.5), p95: percentile(mismatch, 0.95) }, outlines, nkaoRemovedKm2, kalbajarEastKm2 };
}
