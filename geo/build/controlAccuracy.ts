/** Accuracy rows for the control layers (districts, peacekeeping), measured on the committed files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { area, booleanPointInPolygon, pointToLineDistance, lineString } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import type { AccuracyRow } from './accuracyRow.ts';
import type { ControlAreas } from './controlAreas.ts';
import type { DistrictCut } from './districtParts.ts';
import { changedIn2020, kmOutside, overlapKm2 } from '../check/control.ts';

type Area = Feature<Polygon | MultiPolygon, { id: string; kind: string; how?: string }>;
const read = (dir: string, f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as FeatureCollection;
const isArea = (f: Feature): f is Area => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon';
const n0 = (x: number) => Math.round(x).toLocaleString('en-GB');

/** Published figures for the ground that stayed under Armenian control after 10 Nov 2020 (data/README.md cites them). */
const PUBLISHED_KM2 = [3170, 2900, 2800];

const TOWNS: { name: string; at: [number, number]; want: string }[] = [
  { name: 'Lachin town (Wikipedia)', at: [46.5469, 39.6408], want: 'lachin' },
  { name: 'Jabrayil town (GeoNames 148141)', at: [47.0284, 39.3992], want: 'jabrayil' },
  { name: 'Horadiz (GeoNames 148003)', at: [47.335, 39.4502], want: 'fuzuli-held-since-1994' },
  { name: 'Hadrut (GeoNames 148105)', at: [47.0319, 39.52], want: 'hadrut-2020' },
  { name: 'Shusha town (GeoNames 147105)', at: [46.7499, 39.7601], want: 'shusha' },
  { name: 'Sukovuşan (Wikipedia)', at: [46.7294, 40.3314], want: 'talish-sugovushan-2020' },
  { name: 'Khankendi (GeoNames 146970)', at: [46.7528, 39.8177], want: 'peacekeeping-zone' },
  { name: 'Mərzili (Azerbaijani Wikipedia)', at: [47.0617, 39.9325], want: 'aghdam-2020' },
  { name: 'Hocavend (Martuni) (GeoNames 146969)', at: [47.1117, 39.795], want: 'peacekeeping-zone' },
];

export function controlAccuracy(dataDir: string, cut: DistrictCut, c: ControlAreas): AccuracyRow[] {
  const districts = read(dataDir, 'districts.geojson').features.filter(isArea);
  const pk = read(dataDir, 'peacekeeping.geojson').features;
  const areas = [...districts, ...pk.filter(isArea)];
  const zone = areas.find((f) => f.properties.kind === 'zone')!;
  const corridor = areas.find((f) => f.properties.kind === 'corridor')!;
  const zoneKm2 = area(zone) / 1e6;
  const rows: AccuracyRow[] = [
    {
      layer: 'Peacekeeping zone',
      reference: 'Published areas: 3,170 km² (Wikipedia), ~2,900 km² (realkarabakh.com), ~2,800 km² (G. Tabakian)',
      measure: 'Area (corridor included)',
      value: `${n0(zoneKm2)} km² (${PUBLISHED_KM2.map((p) => `${zoneKm2 >= p ? '+' : ''}${Math.round((zoneKm2 / p - 1) * 100)}%`).join(', ')})`,
    },
    { layer: 'Lachin corridor', reference: 'Statement art. 6: 5 km wide', measure: 'Area', value: `${n0(area(corridor) / 1e6)} km²` },
  ];
  const held = districts.filter((f) => f.properties.how === 'held-since-1994');
  const overlapZone = districts.filter(changedIn2020).reduce((s, f) => s + overlapKm2(f, zone), 0);
  const overlapHeld = districts.filter(changedIn2020).reduce((s, f) => s + held.reduce((t, h) => t + overlapKm2(f, h), 0), 0);
  rows.push({ layer: 'Districts changed in 2020', reference: 'Peacekeeping zone', measure: 'Overlap', value: `${overlapZone.toFixed(2)} km²` });
  rows.push({ layer: 'Districts changed in 2020', reference: 'Ground held since 1994', measure: 'Overlap', value: `${overlapHeld.toFixed(2)} km²` });
  for (const f of pk) {
    if (f.properties?.kind !== 'patrol') continue;
    const { km, worstKm } = kmOutside(f as Feature<LineString>, [zone, corridor]);
    rows.push({ layer: `Patrol line ${String(f.properties.id)}`, reference: 'Zone ∪ corridor', measure: 'Length outside (worst distance)', value: `${km.toFixed(1)} km (${worstKm.toFixed(2)} km)` });
  }
  for (const t of TOWNS) {
    const inside = areas.filter((a) => booleanPointInPolygon(t.at, a)).map((a) => a.properties.id);
    const outline = cut.outlines.get(t.want);
    const ok = inside.includes(t.want) || (outline !== undefined && booleanPointInPolygon(t.at, outline));
    rows.push({
      layer: 'Town in the right part',
      reference: t.name,
      measure: `Inside ${t.want}`,
      value: `${ok ? 'yes' : 'NO'}${inside.length ? ` (in ${inside.join(', ')})` : ' (district outline, corridor cut out)'}`,
    });
  }
  rows.push({
    layer: 'Natural Earth rayons',
    reference: 'Natural Earth NKAO outline',
    measure: 'Mismatch, median / 95th percentile',
    value: `${cut.nkaoMismatchKm.median.toFixed(1)} / ${cut.nkaoMismatchKm.p95.toFixed(1)} km`,
  });
  const moved = Object.entries(cut.reassignedKm2)
    .filter(([, v]) => v > 0)
    .map(([d, v]) => `${d} ${n0(v)}`)
    .join(', ');
  rows.push({ layer: 'Natural Earth rayons', reference: 'Rayons inside the NKAO spilling over its outline', measure: 'km² given to the neighbour', value: moved });
  const removed = Object.entries(cut.nkaoRemovedKm2)
    .filter(([, v]) => v >= 1)
    .map(([d, v]) => `${d} ${n0(v)}`)
    .join(', ');
  rows.push({ layer: 'Natural Earth rayons', reference: 'Natural Earth NKAO outline', measure: 'km² inside the NKAO, cut off', value: removed });
  rows.push({ layer: 'Natural Earth rayons', reference: '1994 ceasefire line', measure: 'Kalbajar east of the line (mismatch, kept)', value: `${n0(cut.kalbajarEastKm2)} km²` });
  const dropped = cut.parts
    .filter((p) => p.droppedKm2 >= 0.05)
    .map((p) => `${p.fact.id} ${p.droppedKm2.toFixed(1)}`)
    .join(', ');
  rows.push({ layer: 'District parts', reference: 'Fragments left by mismatched lines', measure: 'km² dropped (pieces under 20 km²)', value: dropped || 'none' });
  const horadizKm = pointToLineDistance([47.335, 39.4502], lineString(c.ceasefireLine), { units: 'kilometers' });
  rows.push({ layer: '1994 ceasefire line (Natural Earth)', reference: 'Horadiz, held by Azerbaijan throughout', measure: 'Distance east of the line', value: `${horadizKm.toFixed(1)} km` });
  for (const a of c.anchors) rows.push({ layer: 'Line of contact, 10 Nov 2020', reference: a.name, measure: 'Uncertainty (half the pair distance)', value: `±${a.precisionKm.toFixed(1)} km` });
  return rows;
}
