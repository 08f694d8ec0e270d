/**
 * Writes the basemap's water: data/basemap/lakes.geojson (the Caspian from GSHHG, lakes and reservoirs from
 * OpenStreetMap), rivers.geojson (GSHHG/WDBII) and water-labels.geojson (a point per named lake, river and the sea).
 * Needs Debian `gmt` (gshhg.ts). Run: npm run geo:build (reproduces the committed files exactly).
 */
import { along, area, bboxClip, featureCollection, length, lineString, point } from '@turf/turf';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { VIEW_BBOX } from '../region.ts';
import type { Names } from '../schema.ts';
import { GSHHG } from './gshhg.ts';
import { LAKES_SOURCE, lakeLabelPoint, readLakes } from './lakes.ts';
import { readRivers } from './rivers.ts';
import { mapshaperRun } from './mapshaperRun.ts';
import { writeGeoJSON } from './writeGeoJSON.ts';
import type { AccuracyRow } from './accuracyRow.ts';
import { tidy } from './tidyArea.ts';

/** WDBII rivers are ~0.3–1.2 km off (data-sources.md): dropping vertices within 100 m of the line loses nothing real. */
const RIVER_SIMPLIFY_M = 100;
const CASPIAN: { name: string; names: Names } = { name: 'Caspian Sea', names: { az: 'Xəzər dənizi', hy: 'Կասպից ծով', ru: 'Каспийское море' } };
/** Lakes labelled larger (rank 1) from this size. */
const RANK1_KM2 = 400;

const n0 = (x: number) => Math.round(x).toLocaleString('en-GB');

export async function buildWater(outDir: string, lakesDir: string, caspian: Feature<Polygon | MultiPolygon>): Promise<AccuracyRow[]> {
  const lakes = await readLakes(lakesDir);
  const sea = tidy({ type: 'Feature' as const, properties: { id: 'caspian-sea', kind: 'sea', ...CASPIAN, source: `${GSHHG} shoreline (LGPL)` }, geometry: caspian.geometry });
  let unnamed = 0;
  const lakeFeatures = lakes.map((l) => {
    const n = l.name;
    const props = n ? { id: n.id, kind: n.kind, name: n.name, names: n.names, source: LAKES_SOURCE, basis: n.basis } : { id: `lake-${++unnamed}`, kind: 'water', source: LAKES_SOURCE };
    return tidy({ type: 'Feature' as const, properties: props, geometry: l.geometry });
  });
  writeGeoJSON(`${outDir}/lakes.geojson`, featureCollection<Polygon | MultiPolygon>([sea, ...lakeFeatures]));

  const seaPart = (caspian.geometry.type === 'Polygon' ? [caspian.geometry.coordinates] : caspian.geometry.coordinates)
    .map((c) => ({ type: 'Polygon' as const, coordinates: c }))
    .sort((a, b) => area(b) - area(a))[0]!;
  const labels = [
    point(lakeLabelPoint(seaPart), { id: 'label-caspian-sea', ...CASPIAN, rank: 1 }),
    ...lakes.filter((l) => l.name).map((l) => point(lakeLabelPoint(l.geometry), { id: `label-${l.name!.id}`, name: l.name!.name, names: l.name!.names, rank: l.km2 >= RANK1_KM2 ? 1 : 2 })),
  ].map((p) => tidy(p as Feature));

  const rivers = readRivers(lakes.map((l) => l.geometry));
  const simple = await mapshaperRun(`-i rivers.json -simplify dp interval=${RIVER_SIMPLIFY_M} -o out.json precision=0.00001`, { 'rivers.json': featureCollection(rivers.features) });
  const riverFeatures = simple['out.json']!.features.map((f) => tidy(f));
  writeGeoJSON(`${outDir}/rivers.geojson`, featureCollection(riverFeatures));
  // A river's label stands halfway along its longest stretch in the view: MapLibre drops labels along lines as winding as these.
  const riverLabels = riverFeatures
    .filter((f) => f.properties?.name)
    .map((f) => {
      const g = f.geometry as MultiLineString | LineString;
      const inView = (g.type === 'LineString' ? [g.coordinates] : g.coordinates).flatMap((c) => {
        const clipped = bboxClip(lineString(c), VIEW_BBOX).geometry as LineString | MultiLineString;
        const pieces: Position[][] = clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates;
        return pieces.filter((r) => r.length > 1).map((r) => lineString(r));
      });
      const longest = inView.sort((a, b) => length(b) - length(a))[0]!;
      const { name, names }: { name?: unknown; names?: unknown } = f.properties ?? {};
      return tidy(point(along(longest, length(longest) / 2).geometry.coordinates, { id: `label-${String(f.properties!.id)}`, name, names, rank: 3 }) as Feature);
    });
  writeGeoJSON(`${outDir}/water-labels.geojson`, featureCollection([...labels, ...riverLabels]));

  const rows = lakes
    .filter((l) => l.name)
    .map((l) => ({
      layer: `Lake: ${l.name!.name}`,
      reference: l.name!.basis,
      measure: 'Sourced point to the polygon; area in the source',
      value: `${l.matchKm! > 0 ? `${l.matchKm!.toFixed(1)} km outside` : 'inside'}; ${n0(l.km2)} km²${l.name!.km2 ? ` (published ${n0(l.name!.km2)} km²)` : ''}`,
    }));
  return [...rows, ...rivers.rows];
}
