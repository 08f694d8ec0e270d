import type { FontFacesSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Theme } from './theme.ts';
import { mapFontFaces, MAP_FONT } from './fonts.ts';

export interface BasemapData {
  countries: FeatureCollection;
  borders: FeatureCollection;
  countryLabels: FeatureCollection;
}

export const BASEMAP_ATTRIBUTION = 'Borders: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain)';

/**
 * The offline basemap: built-in GeoJSON only, no tiles, no glyph server. Shared by the explorer and
 * the bare benchmark page, so the benchmark compares like with like.
 */
export function basemapStyle(t: Theme, data: BasemapData, fontFaces: FontFacesSpecification = mapFontFaces()): StyleSpecification {
  return {
    version: 8,
    name: 'Karabakh explorer basemap',
    'font-faces': fontFaces,
    sources: {
      countries: { type: 'geojson', data: data.countries, attribution: BASEMAP_ATTRIBUTION },
      borders: { type: 'geojson', data: data.borders },
      'country-labels': { type: 'geojson', data: data.countryLabels },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': t.water } },
      { id: 'countries-fill', type: 'fill', source: 'countries', paint: { 'fill-color': t.land } },
      {
        id: 'country-borders',
        type: 'line',
        source: 'borders',
        paint: { 'line-color': t.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1, 10, 2] },
      },
      {
        id: 'country-labels',
        type: 'symbol',
        source: 'country-labels',
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [MAP_FONT],
          'text-size': ['match', ['get', 'rank'], 1, 15, 12],
          'text-transform': 'uppercase',
          'text-letter-spacing': 0.15,
          'text-max-width': 8,
        },
        paint: { 'text-color': t.countryLabel, 'text-halo-color': t.labelHalo, 'text-halo-width': 1.5 },
      },
    ],
  };
}
