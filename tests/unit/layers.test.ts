import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { buildRegistry, drawOrder, entryFor, GROUPS, ROUTE_IDS, interactiveLayerIds } from '../../src/map/layers.ts';
import { basemapStyle } from '../../src/map/basemapStyle.ts';
import { theme } from '../../src/map/theme.ts';
import { LAYER_SOURCES, type LayerSource } from '../../src/data/dataset.ts';

const read = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as FeatureCollection;
const data = Object.fromEntries(LAYER_SOURCES.map((s) => [s, read(`data/${s}.geojson`)])) as Record<LayerSource, FeatureCollection>;
const registry = buildRegistry(theme, {});

/** The explorer's whole style, as MapView assembles it: basemap, the layer sources, every layer. */
function fullStyle(): StyleSpecification {
  const basemap = { countries: 'countries', borders: 'borders', countryLabels: 'country-labels', lakes: 'lakes', rivers: 'rivers', waterLabels: 'water-labels' } as const;
  const files = Object.fromEntries(Object.entries(basemap).map(([k, f]) => [k, read(`data/basemap/${f}.geojson`)])) as Record<keyof typeof basemap, FeatureCollection>;
  const base = basemapStyle(theme, files, {
    'Noto Sans': [{ url: 'http://127.0.0.1/font.woff2', 'unicode-range': ['U+0000-00FF'] }],
  });
  for (const s of LAYER_SOURCES) base.sources[s] = { type: 'geojson', data: data[s], promoteId: 'id' };
  base.layers.push(...drawOrder(registry).map(({ layer }) => layer.spec));
  return base;
}

describe('the layer registry', () => {
  it('produces a style the MapLibre style-spec validator accepts', () => {
    expect(validateStyleMin(fullStyle()).map((e) => e.message)).toEqual([]);
  });

  it('has unique entry and style-layer ids', () => {
    const ids = registry.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const layerIds = drawOrder(registry).map(({ layer }) => layer.spec.id);
    expect(new Set(layerIds).size).toBe(layerIds.length);
  });

  it('puts every entry in a known group, and every group has entries', () => {
    for (const g of GROUPS)
      expect(
        registry.some((e) => e.group === g.id),
        g.id,
      ).toBe(true);
    for (const e of registry) expect(GROUPS.map((g) => g.id)).toContain(e.group);
  });

  it('draws every data feature through exactly one entry', () => {
    for (const source of LAYER_SOURCES) {
      for (const f of data[source].features) {
        const props = f.properties as Record<string, unknown>;
        const matching = registry.filter((e) => e.source === source && entryFor([e], source, props));
        expect(
          matching.map((e) => e.id),
          `${source} › ${String(props.id)}`,
        ).toHaveLength(1);
      }
    }
  });

  it('has one entry per proposed route, each its own colour', () => {
    const routeEntries = registry.filter((e) => e.group === 'routes');
    expect(routeEntries.map((e) => e.id)).toEqual(ROUTE_IDS.map((id) => `route-${id}`));
    const colours = routeEntries.map((e) => e.swatch.color);
    expect(new Set(colours).size).toBe(colours.length);
    expect(data.routes.features.map((f) => String(f.properties?.id)).sort()).toEqual([...ROUTE_IDS].sort());
  });

  it('draws areas under lines under points under labels', () => {
    const zs = drawOrder(registry).map(({ layer }) => layer.z);
    const rank = { area: 0, line: 1, point: 2, label: 3 };
    expect(zs.map((z) => rank[z])).toEqual([...zs.map((z) => rank[z])].sort((a, b) => a - b));
  });

  it('makes only fill, line and circle layers interactive', () => {
    const byId = new Map(drawOrder(registry).map(({ layer }) => [layer.spec.id, layer.spec.type]));
    for (const id of interactiveLayerIds(registry)) expect(['fill', 'line', 'circle']).toContain(byId.get(id));
  });
});
