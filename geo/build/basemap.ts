/**
 * Builds data/basemap/countries.geojson, borders.geojson and country-labels.geojson from OpenStreetMap
 * (npm @osm_borders/maritime_10m, read by osmBorders.ts; ODbL): the region's countries clipped to DATA_BBOX,
 * cut to GSHHG's Caspian shore (caspian.ts) so the sea reads as water, simplified with one tolerance that keeps
 * each country's area within 1%, the borders between them, and one label point each.
 * Needs Debian `gmt` (see gshhg.ts). Run: npm run geo:build (reproduces the committed files exactly).
 */
import { bboxClip, booleanPointInPolygon, centerOfMass, area, featureCollection, point, polygon, coordAll } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Names } from '../schema.ts';
import { DATA_BBOX, VIEW_BBOX } from '../region.ts';
import { OSM_BORDERS, osmCountries, type Iso3 } from './osmBorders.ts';
import { caspianSea } from './caspian.ts';
import { GSHHG } from './gshhg.ts';
import { mapshaperRun } from './mapshaperRun.ts';
import { geoJSONText, writeGeoJSON } from './writeGeoJSON.ts';
import type { AccuracyRow } from './accuracyRow.ts';
import { tidy } from './tidyArea.ts';

const OSM_CREDIT = `OpenStreetMap via npm ${OSM_BORDERS} (© OpenStreetMap contributors, ODbL 1.0)`;
const COUNTRY_SOURCE = `${OSM_CREDIT}; Caspian shore from ${GSHHG} (LGPL)`;

/**
 * Douglas–Peucker tolerance, metres. The map draws the file at every zoom (MapLibre simplifies further per
 * tile); 20 m is below what the screen shows at zoom 12 and keeps every country within 1% of its area.
 */
const SIMPLIFY_M = 50;
/** The build fails if simplifying moves a country's area more than this (issue #8). */
const MAX_AREA_CHANGE = 0.01;

const COUNTRIES: Record<Iso3, { id: string; name: string; names: Names }> = {
  AZE: { id: 'azerbaijan', name: 'Azerbaijan', names: { az: 'Azərbaycan', hy: 'Ադրբեջան', ru: 'Азербайджан' } },
  ARM: { id: 'armenia', name: 'Armenia', names: { az: 'Ermənistan', hy: 'Հայաստան', ru: 'Армения' } },
  GEO: { id: 'georgia', name: 'Georgia', names: { az: 'Gürcüstan', hy: 'Վրաստան', ru: 'Грузия' } },
  IRN: { id: 'iran', name: 'Iran', names: { az: 'İran', hy: 'Իրան', ru: 'Иран' } },
  TUR: { id: 'turkey', name: 'Turkey', names: { az: 'Türkiyə', hy: 'Թուրքիա', ru: 'Турция' } },
  // Not asked for, but without it the north of the view would be empty.
  RUS: { id: 'russia', name: 'Russia', names: { az: 'Rusiya', hy: 'Ռուսաստան', ru: 'Россия' } },
};

/** Nakhchivan is an exclave of Azerbaijan: its label point is placed on its own part. */
const NAKHCHIVAN_TEST: Position = [45.4, 39.2];

function parts(geom: Polygon | MultiPolygon): Position[][][] {
  return geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
}

/** Label at the centre of mass of the largest visible part (or of the part holding `within`). */
function labelPoint(geom: Polygon | MultiPolygon, within?: Position): Position | null {
  const visible = parts(geom)
    .map((p) => bboxClip(polygon(p), VIEW_BBOX) as Feature<Polygon>)
    .filter((p) => p.geometry.coordinates.length > 0 && (p.geometry.coordinates[0]?.length ?? 0) > 3);
  const chosen = within ? visible.find((p) => booleanPointInPolygon(point(within), p)) : visible.sort((a, b) => area(b) - area(a))[0];
  return chosen ? centerOfMass(chosen).geometry.coordinates : null;
}

type Area = Feature<Polygon | MultiPolygon, { id: string }>;
const byId = (fc: FeatureCollection) => new Map((fc.features as Area[]).map((f) => [f.properties.id, f]));

/** What the build measured, for the accuracy table. */
export interface BasemapMeasures {
  rows: AccuracyRow[];
  /** The Caspian within DATA_BBOX, for the water layer. */
  caspian: Feature<Polygon | MultiPolygon>;
}

export async function buildBasemap(outDir: string): Promise<BasemapMeasures> {
  const osm = osmCountries();
  const input = featureCollection((Object.keys(COUNTRIES) as Iso3[]).map((iso) => ({ type: 'Feature' as const, properties: { id: COUNTRIES[iso].id }, geometry: osm.get(iso)!.geometry })));
  const sea = featureCollection([{ type: 'Feature' as const, properties: { id: 'caspian' }, geometry: caspianSea() }]);
  const box = DATA_BBOX.join(',');
  const out = await mapshaperRun(
    `-i countries.json -clip bbox=${box} -erase sea.json -o full.json ` +
      `-simplify dp interval=${SIMPLIFY_M} keep-shapes -o simple.json precision=0.00001 ` +
      `-innerlines -o borders.json precision=0.00001`,
    { 'countries.json': input, 'sea.json': sea },
  );
  const water = await mapshaperRun(`-i sea.json -clip bbox=${box} -o caspian.json precision=0.00001`, { 'sea.json': sea });
  const full = byId(out['full.json']!);
  const countries = (out['simple.json']!.features as Area[]).map((f) => {
    const meta = Object.values(COUNTRIES).find((c) => c.id === f.properties.id)!;
    return tidy({ ...f, properties: { id: meta.id, name: meta.name, names: meta.names, source: COUNTRY_SOURCE } });
  });
  const borders = tidy({
    type: 'Feature',
    properties: { id: 'borders', source: OSM_CREDIT },
    geometry: {
      type: 'MultiLineString',
      coordinates: out['borders.json']!.features.flatMap((f) => (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.type === 'MultiLineString' ? f.geometry.coordinates : [])),
    },
  });

  const labels: Feature[] = countries.flatMap((c) => {
    const props = c.properties;
    const main = labelPoint(c.geometry);
    const pts = main ? [point(main, { id: `label-${props.id}`, name: props.name, names: props.names, rank: 1 })] : [];
    if (props.id === 'azerbaijan') {
      const nx = labelPoint(c.geometry, NAKHCHIVAN_TEST);
      if (nx) pts.push(point(nx, { id: 'label-nakhchivan', name: 'Nakhchivan (Azerbaijan)', names: { az: 'Naxçıvan', hy: 'Նախիջևան', ru: 'Нахичевань' }, rank: 2 }));
    }
    return pts.map((p) => tidy(p as Feature));
  });

  const fc = featureCollection<Polygon | MultiPolygon>(countries);
  writeGeoJSON(`${outDir}/countries.geojson`, fc);
  writeGeoJSON(`${outDir}/borders.geojson`, featureCollection([borders]));
  writeGeoJSON(`${outDir}/country-labels.geojson`, featureCollection(labels));

  const rows: AccuracyRow[] = [];
  const kb = (s: string) => `${Math.round(Buffer.byteLength(s) / 1024).toLocaleString('en-GB')} KB`;
  const fullFc = featureCollection([...full.values()].map((f) => tidy(structuredClone(f))));
  rows.push({
    layer: 'Basemap countries (OpenStreetMap)',
    reference: 'The same polygons before simplifying',
    measure: `Size and vertices, Douglas–Peucker ${SIMPLIFY_M} m`,
    value: `${kb(geoJSONText(fullFc))}, ${coordAll(fullFc).length.toLocaleString('en-GB')} vertices → ${kb(geoJSONText(fc))}, ${coordAll(fc).length.toLocaleString('en-GB')}`,
  });
  for (const c of countries) {
    const before = area(full.get(c.properties.id)!);
    const change = area(c) / before - 1;
    if (Math.abs(change) > MAX_AREA_CHANGE) throw new Error(`basemap: simplifying moves ${c.properties.id}'s area by ${(change * 100).toFixed(2)}%`);
    rows.push({
      layer: `Basemap: ${c.properties.name}`,
      reference: 'Unsimplified OpenStreetMap polygon (in the data box, without the Caspian)',
      measure: 'Area change after simplifying',
      value: `${(change * 100).toFixed(3)}% (${Math.round(before / 1e6).toLocaleString('en-GB')} km²)`,
    });
  }
  return { rows, caspian: water['caspian.json']!.features[0] as Feature<Polygon | MultiPolygon> };
}
