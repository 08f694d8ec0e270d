/** The GeoJSON export: what the visible layers hold, with sources, flags and licences; and every data file offered. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { parseFile } from '../../geo/parse.ts';
import type * as v from 'valibot';
import { FILES, type CollectionFile, type ListFile } from '../../geo/schema.ts';
import { indexDataset, LAYER_SOURCES, type LayerSource } from '../../src/data/dataset.ts';
import { DATA_FILES } from '../../src/data/files.ts';
import { exportCollection } from '../../src/export/geojson.ts';
import { licencesOf } from '../../src/export/licences.ts';
import { metresPerPixel, scaleBar } from '../../src/map/scale.ts';
import { buildRegistry } from '../../src/map/layers.ts';
import { theme } from '../../src/map/theme.ts';

const read = (f: string): unknown => JSON.parse(readFileSync(f, 'utf8'));
const items = <S extends v.GenericSchema>(spec: CollectionFile<S> | ListFile<S>) => parseFile(spec, read(spec.file)).items;
const fc = <F>(features: F[]) => ({ type: 'FeatureCollection' as const, features });
const data = indexDataset({
  districts: fc(items(FILES.districts)),
  peacekeeping: fc(items(FILES.peacekeeping)),
  routes: fc(items(FILES.routes)),
  places: fc(items(FILES.places)),
  context: fc(items(FILES.context)),
  quotes: items(FILES.quotes),
  sources: items(FILES.sources),
  events: items(FILES.events),
});
const registry = buildRegistry(theme, {});
const raw = (s: LayerSource) => (read(`data/${s}.geojson`) as FeatureCollection).features.map((f) => f.properties as Record<string, unknown>);
const quotes = read('data/quotes.json') as { id: string; text: string }[];
const req = { view: 'http://127.0.0.1/#layers=x', generated: '2024-01-01' };

describe('exportCollection', () => {
  it('holds exactly the features of the layers asked for, counted from the files themselves', () => {
    const layers = ['districts-operation', 'pk-zone', 'route-berd-tovuz', 'ctx-places-named'];
    const out = exportCollection(data, registry, { ...req, layers });
    const expected =
      raw('districts').filter((p) => p.how === 'operation').length +
      raw('peacekeeping').filter((p) => p.kind === 'zone').length +
      raw('routes').filter((p) => p.id === 'berd-tovuz').length +
      raw('places').filter((p) => p.kind === 'place' && p.role === 'named').length;
    expect(expected).toBeGreaterThan(10);
    expect(out.features).toHaveLength(expected);
    expect(out.layers.map((l) => l.id)).toEqual(layers);
    expect(out.layers.reduce((n, l) => n + l.features, 0)).toBe(expected);
    expect(new Set(out.features.map((f) => f.properties.layer))).toEqual(new Set(layers));
  });

  it('holds every feature once when every layer is asked for', () => {
    const out = exportCollection(data, registry, { ...req, layers: registry.map((e) => e.id) });
    const all = LAYER_SOURCES.flatMap(raw);
    expect(out.features).toHaveLength(all.length);
    expect(new Set(out.features.map((f) => f.properties.id)).size).toBe(all.length);
  });

  it('gives each feature its source, approximate flag, quotations word for word and licences', () => {
    const out = exportCollection(data, registry, { ...req, layers: registry.map((e) => e.id) });
    for (const f of out.features) {
      expect(typeof f.properties.source).toBe('string');
      expect(typeof f.properties.approximate).toBe('boolean');
      const qs = f.properties.quotations as { id: string; text: string; footnotes: { n: number; url: string }[] }[];
      expect(qs.map((q) => q.id)).toEqual(f.properties.quotes);
      for (const q of qs) expect(q.text).toBe(quotes.find((x) => x.id === q.id)!.text);
    }
    const road = out.features.find((f) => f.properties.id === 'horadiz-meghri-ordubad')!;
    expect(road.properties.licences).toEqual(['ODbL-1.0']);
    const shusha = out.features.find((f) => f.properties.id === 'shusha')!;
    expect(shusha.properties.licences).toContain('public-domain');
    const withFootnote = out.features.flatMap((f) => f.properties.quotations as { footnotes: { url: string }[] }[]).find((q) => q.footnotes.length);
    expect(withFootnote?.footnotes[0]?.url).toMatch(/^https?:\/\//);
  });

  it('carries the licences that apply, the attribution and the analysis with its copyright', () => {
    const all = exportCollection(data, registry, { ...req, layers: registry.map((e) => e.id) });
    expect(all.licences.map((l) => l.id)).toEqual(['ODbL-1.0', 'CC-BY-4.0', 'public-domain', 'LicenseRef-AVIM-quoted']);
    expect(all.attribution).toContain('© OpenStreetMap contributors');
    expect(all.attribution).toContain('GeoNames');
    expect(all.analysis.copyright).toBe('© 2009-2024 Center for Eurasian Studies (AVİM) All Rights Reserved');
    expect(all.licences.at(-1)!.url).toBe('https://avim.org.tr/en/Analiz/ONE-YEAR-AFTER-THE-LIBERATION-OF-KARABAKH');
    // Only Natural Earth districts: no OpenStreetMap licence is claimed.
    const districts = exportCollection(data, registry, { ...req, layers: ['districts-statement'] });
    expect(districts.licences.map((l) => l.id)).toEqual(['public-domain', 'LicenseRef-AVIM-quoted']);
    expect(exportCollection(data, registry, { ...req, layers: [] }).features).toEqual([]);
  });

  it('reads licences from the source a feature names', () => {
    expect(licencesOf('TravelMapping highway data (traced from OpenStreetMap); GeoNames 146970')).toEqual(['ODbL-1.0', 'CC-BY-4.0']);
    expect(licencesOf('GSHHG 2.3.7 rivers')).toEqual(['LGPL-3.0-or-later']);
    expect(licencesOf('Wikipedia article coordinates')).toEqual([]);
  });
});

describe('the data files offered for download', () => {
  it('are every file of data/, each once', () => {
    const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
    expect(DATA_FILES.map((f) => f.file).sort()).toEqual(walk('data').sort());
    expect(new Set(DATA_FILES.map((f) => f.url)).size).toBe(DATA_FILES.length);
  });
});

describe('scaleBar', () => {
  it('picks the longest 1-2-5 length that fits', () => {
    expect(scaleBar(100, 150)).toEqual({ px: 100, label: '10 km' }); // 15 km fit: 10 km
    expect(scaleBar(100, 250)).toEqual({ px: 200, label: '20 km' });
    expect(scaleBar(100, 600)).toEqual({ px: 500, label: '50 km' });
    expect(scaleBar(0.5, 150)).toEqual({ px: 100, label: '50 m' });
    expect(scaleBar(1000, 150)).toEqual({ px: 100, label: '100 km' });
  });
  it('matches the ground: a 512 px world at zoom 0, narrowing with the cosine of the latitude', () => {
    // At zoom 0 a 512 px world: 78 271.5 m per px at the equator.
    expect(metresPerPixel(0, 0)).toBeCloseTo(78271.517, 2);
    expect(metresPerPixel(60, 1)).toBeCloseTo(78271.517 / 4, 2);
  });
});
