import type { RouteProps } from '../schema.ts';
import { ROAD_STATUS_NOV_2021, routeQuotes } from './status.ts';

/** facts.md §2(b): the whole alignment is unverified; drawn through the places the fact sheet names. */
export const berdTovuz: RouteProps = {
  id: 'berd-tovuz',
  kind: 'route',
  name: 'Berd–Tovuz road',
  names: {},
  mode: 'road',
  labelInAnalysis: 'Berd-Tovuz line',
  roadNumbers: [],
  status: ROAD_STATUS_NOV_2021,
  waypoints: [
    { name: 'Berd', lon: 45.389, lat: 40.8814, territory: 'armenia' }, // GN 616802
    { name: 'Mosesgegh', lon: 45.4884, lat: 40.9053, territory: 'armenia' }, // GN (facts.md §1 supporting points)
    // Where the straight Mosesgegh–Ağdam segment meets the OpenStreetMap border the basemap draws
    // (data/basemap/countries.geojson, @osm_borders/maritime_10m): facts.md gives no point for this crossing.
    // The Natural Earth line the point was first taken from crosses 2.4 km further west (45.50421).
    { name: 'Armenia–Azerbaijan border (on the OpenStreetMap line)', lon: 45.53269, lat: 40.9053, territory: 'border' },
    { name: 'Ağdam (village, Tovuz district)', lon: 45.5564, lat: 40.9053, territory: 'azerbaijan' }, // facts.md §2(b)
    { name: 'Tovuz', lon: 45.6284, lat: 40.9925, territory: 'azerbaijan' }, // GN 584821
  ],
  quotes: routeQuotes('q-route-berd-tovuz'),
  approximate: true,
  source: 'GeoNames 616802 (Berd), 584821 (Tovuz); border point where the line meets the OpenStreetMap border (© OpenStreetMap contributors, ODbL)',
  notes: [
    'Approximate throughout: the road follows the Tavush / Tovuzçay valley, but its alignment and border crossing are unverified. The line joins the named places with straight segments; the border point is where that line meets the OpenStreetMap border.',
    'Ağdam here is the village in Tovuz district, not Aghdam city in Karabakh.',
    'About 26 km.',
  ],
};
