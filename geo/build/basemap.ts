/**
 * Builds data/basemap/*.geojson from Natural Earth 1:10m (npm world-atlas@2.0.2, public domain):
 * the countries of the region clipped to DATA_BBOX, the borders between them, and one label point each.
 * Run: npm run geo:build (reproduces the committed files exactly).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as topojson from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { bboxClip, booleanPointInPolygon, centerOfMass, cleanCoords, truncate, area, featureCollection, point, polygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position, MultiLineString, LineString } from 'geojson';
import { DATA_BBOX, VIEW_BBOX, COORD_DECIMALS } from '../region.ts';
import { writeGeoJSON } from './writeGeoJSON.ts';

export const WORLD_ATLAS = 'world-atlas@2.0.2';

/** ISO 3166 numeric codes (as world-atlas keys them) with the names shown on the map. */
const COUNTRIES: Record<string, { id: string; name: string; names: Record<string, string> }> = {
  '031': { id: 'azerbaijan', name: 'Azerbaijan', names: { az: 'Azərbaycan', hy: 'Ադրբեջան', ru: 'Азербайджан' } },
  '051': { id: 'armenia', name: 'Armenia', names: { az: 'Ermənistan', hy: 'Հայաստան', ru: 'Армения' } },
  '268': { id: 'georgia', name: 'Georgia', names: { az: 'Gürcüstan', hy: 'Վրաստան', ru: 'Грузия' } },
  '364': { id: 'iran', name: 'Iran', names: { az: 'İran', hy: 'Իրան', ru: 'Иран' } },
  '792': { id: 'turkey', name: 'Turkey', names: { az: 'Türkiyə', hy: 'Թուրքիա', ru: 'Турция' } },
  // Not asked for, but without it the north of the view would read as sea.
  '643': { id: 'russia', name: 'Russia', names: { az: 'Rusiya', hy: 'Ռուսաստան', ru: 'Россия' } },
};

/** Nakhchivan is an exclave of Azerbaijan: its label point is placed on its own part. */
const NAKHCHIVAN_TEST: Position = [45.4, 39.2];

const tidy = <T extends Feature>(f: T): T => truncate(cleanCoords(f), { precision: COORD_DECIMALS, mutate: true });

function parts(geom: Polygon | MultiPolygon): Position[][][] {
  return geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
}

/** Label at the centre of mass of the largest visible part (or of the part holding `within`). */
function labelPoint(geom: Polygon | MultiPolygon, within?: Position): Position | null {
  const visible = parts(geom)
    .map((p) => bboxClip(polygon(p), VIEW_BBOX) as Feature<Polygon>)
    .filter((p) => p.geometry.coordinates.length > 0 && (p.geometry.coordinates[0]?.length ?? 0) > 3);
  const chosen = within
    ? visible.find((p) => booleanPointInPolygon(point(within), p))
    : visible.sort((a, b) => area(b) - area(a))[0];
  return chosen ? centerOfMass(chosen).geometry.coordinates : null;
}

export function buildBasemap(worldAtlasDir: string, outDir: string): void {
  const topo = JSON.parse(readFileSync(join(worldAtlasDir, 'countries-10m.json'), 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const geoms = topo.objects.countries.geometries.filter((g) => String(g.id) in COUNTRIES);

  const countries = geoms.map((g) => {
    const meta = COUNTRIES[String(g.id)]!;
    const f = topojson.feature(topo, g) as Feature<Polygon | MultiPolygon>;
    const clipped = bboxClip(f, DATA_BBOX) as Feature<Polygon | MultiPolygon>;
    // bboxClip leaves parts that fall wholly outside the box as empty polygons: drop them.
    if (clipped.geometry.type === 'MultiPolygon') clipped.geometry.coordinates = clipped.geometry.coordinates.filter((p) => p.length > 0);
    clipped.properties = { id: meta.id, name: meta.name, names: meta.names, source: `Natural Earth 1:10m (${WORLD_ATLAS})` };
    return tidy(clipped);
  });

  // Shared arcs only (a !== b): the real borders, not the clip edges or coastlines.
  const mesh = topojson.mesh(topo, topo.objects.countries, (a, b) => a !== b && String(a.id) in COUNTRIES && String(b.id) in COUNTRIES) as MultiLineString;
  const borders: Feature = tidy(bboxClip({ type: 'Feature', properties: { id: 'borders', source: `Natural Earth 1:10m (${WORLD_ATLAS})` }, geometry: mesh } as Feature<MultiLineString | LineString>, DATA_BBOX));

  const labels: Feature[] = countries.flatMap((c) => {
    const props = c.properties as { id: string; name: string; names: Record<string, string> };
    const main = labelPoint(c.geometry);
    const out = main ? [point(main, { id: `label-${props.id}`, name: props.name, names: props.names, rank: 1 })] : [];
    if (props.id === 'azerbaijan') {
      const nx = labelPoint(c.geometry, NAKHCHIVAN_TEST);
      if (nx) out.push(point(nx, { id: 'label-nakhchivan', name: 'Nakhchivan (Azerbaijan)', names: { az: 'Naxçıvan', hy: 'Նախիջևան', ru: 'Нахичевань' }, rank: 2 }));
    }
    return out.map((p) => tidy(p as Feature));
  });

  writeGeoJSON(join(outDir, 'countries.geojson'), featureCollection<Polygon | MultiPolygon>(countries));
  writeGeoJSON(join(outDir, 'borders.geojson'), featureCollection([borders]));
  writeGeoJSON(join(outDir, 'country-labels.geojson'), featureCollection(labels));
}

