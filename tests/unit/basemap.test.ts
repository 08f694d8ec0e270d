import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { coordAll } from '@turf/turf';
import { DATA_BBOX, VIEW_BBOX, inBBox, roundCoord } from '../../geo/region.ts';

const read = (f: string) => JSON.parse(readFileSync(`data/basemap/${f}`, 'utf8')) as FeatureCollection;

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
    expect(countries.features.map((f) => f.properties?.id).sort()).toEqual(['armenia', 'azerbaijan', 'georgia', 'iran', 'russia', 'turkey']);
  });
  it('keeps Nakhchivan inside Azerbaijan as a separate part', () => {
    const az = countries.features.find((f) => f.properties?.id === 'azerbaijan')!;
    expect(az.geometry.type).toBe('MultiPolygon');
    const labels = read('country-labels.geojson').features.map((f) => f.properties?.name);
    expect(labels).toContain('Nakhchivan (Azerbaijan)');
  });
  it('is clipped to the data box', () => {
    for (const f of ['countries.geojson', 'borders.geojson', 'country-labels.geojson']) {
      const outside = coordAll(read(f)).filter((c) => !inBBox(c, DATA_BBOX));
      expect(outside, f).toEqual([]);
    }
  });
});
