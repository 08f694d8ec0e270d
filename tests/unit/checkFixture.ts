/**
 * A small, valid dataset for the data-check tests: each test breaks one thing in a fresh copy and
 * expects the one message that names it. Geometry is real where the rule needs it (the basemap's
 * countries for territories; coordinates from ../shared/facts.md).
 */
import { readFileSync } from 'node:fs';
import type { Feature } from 'geojson';

const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

const fc = (...features: Feature[]) => ({ type: 'FeatureCollection', features });
const base = (id: string, kind: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind,
  name: id,
  names: {},
  quotes: ['q-one'],
  approximate: false,
  source: 'test fixture',
  ...extra,
});

// Horadiz → border at Aghband → Meghri: the TM waypoints of facts.md §2d, mainland Azerbaijan then Armenia.
export const ROUTE_WAYPOINTS = [
  { name: 'Horadiz', lon: 47.3281, lat: 39.4602, territory: 'azerbaijan' },
  { name: 'E002 a', lon: 47.2452, lat: 39.3871, territory: 'azerbaijan' },
  { name: 'E002 b', lon: 47.0425, lat: 39.2571, territory: 'azerbaijan' },
  { name: 'E002 c', lon: 46.8253, lat: 39.1543, territory: 'azerbaijan' },
  { name: 'Mincivan junction', lon: 46.7053, lat: 39.0294, territory: 'azerbaijan' },
  { name: 'E002 d', lon: 46.6526, lat: 38.9627, territory: 'azerbaijan' },
  { name: 'E002 e', lon: 46.597, lat: 38.9331, territory: 'azerbaijan' },
  { name: 'border at Aghband', lon: 46.5374, lat: 38.8945, territory: 'border' },
  { name: 'Nrnadzor', lon: 46.4504, lat: 38.8995, territory: 'armenia' },
  { name: 'Shvanidzor junction', lon: 46.3648, lat: 38.9175, territory: 'armenia' },
  { name: 'Alvank', lon: 46.3404, lat: 38.9177, territory: 'armenia' },
  { name: 'Meghri/M2', lon: 46.2566, lat: 38.8929, territory: 'armenia' },
];

/**
 * Two vertices of the built E002 line (data/routes.geojson) between Mincivan junction and "E002 d", where it
 * follows the Araz bank: the straight chord between the two waypoints cuts 2 km across the river into Iran.
 */
const ALONG_THE_ARAZ = [
  [46.69149, 39.02445],
  [46.65184, 38.96455],
];

/** A zone north of the 2020 part, a held part east of it, and a patrol line inside the zone. */
export const ZONE = [
  [
    [46.5, 39.7],
    [46.8, 39.7],
    [46.8, 39.9],
    [46.5, 39.9],
    [46.5, 39.7],
  ],
];
const HELD = [
  [
    [46.7, 39.5],
    [46.8, 39.5],
    [46.8, 39.6],
    [46.7, 39.6],
    [46.7, 39.5],
  ],
];
export const PATROL = [
  [46.55, 39.75],
  [46.75, 39.85],
];

export function validFiles(): Record<string, unknown> {
  const waypoints = structuredClone(ROUTE_WAYPOINTS);
  const square = [
    [
      [46.5, 39.5],
      [46.6, 39.5],
      [46.6, 39.6],
      [46.5, 39.6],
      [46.5, 39.5],
    ],
  ];
  return {
    'data/analysis.md': '---\ntitle: t\n---\nThe Aghdam region was to be handed over to Azerbaijan[3] on 20 November.\n',
    'data/quotes.json': [{ id: 'q-one', text: 'The Aghdam region was to be handed over to Azerbaijan[3] on 20 November.', footnotes: [3] }],
    'data/sources.json': [{ n: 3, title: 'Statement', publisher: 'Kremlin', date: '10 November 2020', url: 'http://en.kremlin.ru/events/president/news/64384' }],
    'data/events.json': [{ date: '2020-11-20', title: 'Aghdam district handed over', quotes: ['q-one'], features: ['aghdam'] }],
    'data/districts.geojson': fc(
      {
        type: 'Feature',
        properties: base('aghdam', 'district', { district: 'aghdam', controlSince: '2020-11-20', how: 'statement', article: 2, dateBasis: 'The handover date.', precisionKm: 6 }),
        geometry: { type: 'Polygon', coordinates: square },
      },
      {
        type: 'Feature',
        properties: base('aghdam-held-since-1994', 'district', { district: 'aghdam', controlSince: '1994-05-12', how: 'held-since-1994', dateBasis: 'Held since 1994.', precisionKm: 6 }),
        geometry: { type: 'Polygon', coordinates: HELD },
      },
    ),
    'data/peacekeeping.geojson': fc(
      {
        type: 'Feature',
        properties: base('peacekeeping-hq', 'hq', { since: '2020-11-10' }),
        geometry: { type: 'Point', coordinates: [46.7528, 39.8177] },
      },
      {
        type: 'Feature',
        properties: base('peacekeeping-zone', 'zone', { since: '2020-11-10' }),
        geometry: { type: 'Polygon', coordinates: ZONE },
      },
      {
        type: 'Feature',
        properties: base('patrol-a', 'patrol', { since: '2020-11-10', waypoints: PATROL.map(([lon, lat], i) => ({ name: `p${i}`, lon, lat })) }),
        geometry: { type: 'LineString', coordinates: PATROL },
      },
    ),
    'data/routes.geojson': fc({
      type: 'Feature',
      properties: base('horadiz-meghri', 'route', { mode: 'road', labelInAnalysis: 'E002', roadNumbers: [], status: 'closed', waypoints }),
      geometry: { type: 'LineString', coordinates: waypoints.flatMap((w) => [[w.lon, w.lat], ...(w.name === 'Mincivan junction' ? ALONG_THE_ARAZ : [])]) },
    }),
    'data/places.geojson': fc({
      type: 'Feature',
      properties: base('goris', 'place', { role: 'supporting', quotes: [] }),
      geometry: { type: 'Point', coordinates: [46.3417, 39.5111] },
    }),
    'data/context.geojson': fc({
      type: 'Feature',
      properties: base('nkao-1991', 'nkao-1991'),
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [46.6, 39.7],
            [46.9, 39.7],
            [46.9, 40.0],
            [46.6, 40.0],
            [46.6, 39.7],
          ],
        ],
      },
    }),
    'data/basemap/countries.geojson': read('data/basemap/countries.geojson'),
    'data/basemap/borders.geojson': read('data/basemap/borders.geojson'),
    'data/basemap/country-labels.geojson': read('data/basemap/country-labels.geojson'),
    'data/basemap/lakes.geojson': fc(),
    'data/basemap/rivers.geojson': fc(),
    'data/basemap/water-labels.geojson': fc(),
  };
}

/** The first feature's properties in a fixture file, to break in place. */
export function propsOf(files: Record<string, unknown>, file: string): Record<string, unknown> {
  return (files[file] as { features: { properties: Record<string, unknown> }[] }).features[0]!.properties;
}

export function geometryOf(files: Record<string, unknown>, file: string): { type: string; coordinates: unknown } {
  return (files[file] as { features: { geometry: { type: string; coordinates: unknown } }[] }).features[0]!.geometry;
}
