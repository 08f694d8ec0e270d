import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon, coordAll } from '@turf/turf';
import type { FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { DATA_BBOX, VIEW_BBOX, inBBox, roundCoord } from '../../geo/region.ts';
import { basemapStyle } from '../../src/map/basemapStyle.ts';
import { theme } from '../../src/map/theme.ts';

/** What these tests read of a basemap feature (geo/schema.ts holds the full contract, which geo:check applies). */
interface BasemapProps {
  id: string;
  name?: string;
  names?: Record<string, string>;
  source?: string;
}
const read = (f: string) => JSON.parse(readFileSync(`data/basemap/${f}`, 'utf8')) as FeatureCollection<Geometry, BasemapProps>;

describe('region helpers', () => {
  it('rounds coordinates to 5 decimals', () => {
    expect(roundCoord(46.749912345)).toBe(46.74991);
  });
  it('tests bbox membership inclusively', () => {
    expect(inBBox([43.5, 38.2], VIEW_BBOX)).toBe(true);
    expect(inBBox([43.49, 38.2], VIEW_BBOX)).toBe(false);
  });
});

describe('committed basemap', () => {
  const countries = read('countries.geojson');
  it('holds the five countries of the issue (plus Russia for the northern edge)', () => {
    expect(countries.features.map((f) => f.properties.id).sort()).toEqual(['armenia', 'azerbaijan', 'georgia', 'iran', 'russia', 'turkey']);
  });
  it('keeps Nakhchivan inside Azerbaijan as a separate part', () => {
    const az = countries.features.find((f) => f.properties.id === 'azerbaijan')!;
    expect(az.geometry.type).toBe('MultiPolygon');
    const labels = read('country-labels.geojson').features.map((f) => f.properties.name);
    expect(labels).toContain('Nakhchivan (Azerbaijan)');
  });
  it('is clipped to the data box', () => {
    for (const f of ['countries.geojson', 'borders.geojson', 'country-labels.geojson', 'lakes.geojson', 'rivers.geojson', 'water-labels.geojson']) {
      const outside = coordAll(read(f)).filter((c) => !inBBox(c, DATA_BBOX));
      expect(outside, f).toEqual([]);
    }
  });
});

/** Points out in the Caspian off Baku and inside Lake Sevan (well away from any shore). */
const CASPIAN_OFF_BAKU: [number, number] = [49.9, 40.2];
const SEVAN: [number, number] = [45.35, 40.317];

describe('committed water', () => {
  const countries = read('countries.geojson').features;
  const lakes = read('lakes.geojson').features;
  const inside = (at: [number, number], f: { geometry: unknown }) => booleanPointInPolygon(at, f.geometry as Polygon | MultiPolygon);
  it('cuts the land to the Caspian shore, which is drawn as water', () => {
    expect(countries.filter((c) => inside(CASPIAN_OFF_BAKU, c)).map((c) => c.properties.id)).toEqual([]);
    expect(lakes.filter((l) => inside(CASPIAN_OFF_BAKU, l)).map((l) => l.properties.id)).toEqual(['caspian-sea']);
  });
  it('names the lakes and reservoirs and labels them', () => {
    expect(lakes.find((l) => inside(SEVAN, l))?.properties.names?.hy).toBe('Սևանա լիճ');
    const labels = read('water-labels.geojson').features.map((f) => f.properties.id);
    for (const id of ['lake-sevan', 'lake-mingachevir', 'lake-shamkir', 'lake-sarsang', 'lake-arpi', 'lake-akhurian', 'caspian-sea', 'river-araz', 'river-kura', 'river-akhurian'])
      expect(labels).toContain(`label-${id}`);
  });
  it('names the Araz, the Kura and the Akhurian, each with lines', () => {
    const rivers = read('rivers.geojson').features;
    for (const id of ['river-araz', 'river-kura', 'river-akhurian']) {
      const r = rivers.find((f) => f.properties.id === id);
      expect(coordAll(r!).length, id).toBeGreaterThan(50);
    }
  });
  it('credits OpenStreetMap (ODbL) and GSHHG in every derived feature', () => {
    for (const f of [...countries, ...lakes, ...read('rivers.geojson').features]) expect(String(f.properties.source)).toMatch(/OpenStreetMap contributors, ODbL|GSHHG/);
  });
});

describe('no false sea', () => {
  it('paints what lies beyond the data in a neutral tint, and water only where there is water', () => {
    const fc = { type: 'FeatureCollection' as const, features: [] };
    const style = basemapStyle(theme, { countries: fc, borders: fc, countryLabels: fc, lakes: fc, rivers: fc, waterLabels: fc }, {});
    const background = style.layers.find((l) => l.type === 'background')!;
    expect(background.paint).toEqual({ 'background-color': theme.noData });
    expect(theme.noData).not.toBe(theme.water);
    const waterFills = style.layers.filter((l) => l.type === 'fill' && l.paint && (l.paint as Record<string, unknown>)['fill-color'] === theme.water).map((l) => l.id);
    expect(waterFills).toEqual(['lakes-fill']);
  });
});
