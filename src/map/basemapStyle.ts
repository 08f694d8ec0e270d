import type { FontFacesSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Theme } from './theme.ts';
import { mapFontFaces, MAP_FONT } from './fonts.ts';

export interface BasemapData {
  countries: FeatureCollection;
  borders: FeatureCollection;
  countryLabels: FeatureCollection;
  lakes: FeatureCollection;
  rivers: FeatureCollection;
  waterLabels: FeatureCollection;
}

export const BASEMAP_ATTRIBUTION =
  'Borders, lakes: © <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors (ODbL); rivers, Caspian shore: <a href="https://www.soest.hawaii.edu/pwessel/gshhg/">GSHHG</a> (LGPL)';

const waterLabelPaint = (t: Theme) => ({ 'text-color': t.waterLabel, 'text-halo-color': t.labelHalo, 'text-halo-width': 1.2 });

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
      lakes: { type: 'geojson', data: data.lakes },
      rivers: { type: 'geojson', data: data.rivers },
      'water-labels': { type: 'geojson', data: data.waterLabels },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': t.noData } },
      { id: 'countries-fill', type: 'fill', source: 'countries', paint: { 'fill-color': t.land } },
      { id: 'lakes-fill', type: 'fill', source: 'lakes', paint: { 'fill-color': t.water } },
      {
        id: 'rivers',
        type: 'line',
        source: 'rivers',
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        // Named rivers (Araz, Kura, Akhurian) wider than the rest.
        paint: { 'line-color': t.river, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, ['case', ['has', 'name'], 1.4, 0.6], 10, ['case', ['has', 'name'], 3, 1.2]] },
      },
      {
        id: 'country-borders',
        type: 'line',
        source: 'borders',
        paint: { 'line-color': t.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1, 10, 2] },
      },
      {
        id: 'water-labels',
        type: 'symbol',
        source: 'water-labels',
        // Under the country labels: MapLibre places the upper layer's labels first, and Armenia's must win over Lake Sevan's.
        // Rank 1 large lakes and the sea, 2 smaller lakes, 3 rivers.
        // A label may move off its point (Lake Sevan's below Armenia's) rather than be dropped.
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [MAP_FONT],
          'text-size': ['match', ['get', 'rank'], 1, 13, 11],
          'text-max-width': 7,
          'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
          'text-radial-offset': 0.6,
        },
        paint: waterLabelPaint(t),
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
