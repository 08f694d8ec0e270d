import type { RouteProps } from '../schema.ts';
import { ROAD_STATUS_NOV_2021, routeQuotes } from './status.ts';

/** facts.md §2(a): Armenian part traced by TravelMapping (arm.m004); nothing verified between the border and Gazakh. */
export const ijevanGazakh: RouteProps = {
  id: 'ijevan-gazakh',
  kind: 'route',
  name: 'Ijevan–Gazakh road (Icevan–Kazah)',
  names: {},
  mode: 'road',
  labelInAnalysis: 'Icevan-Kazah line (R13 and H37 highways)',
  roadNumbers: ['M4', 'H37'],
  status: ROAD_STATUS_NOV_2021,
  waypoints: [
    { name: 'Ijevan', lon: 45.1485, lat: 40.8788, territory: 'armenia' }, // GN 616627
    { name: 'M4 at Lusadzor', lon: 45.1578, lat: 40.931, territory: 'armenia' }, // TM arm.m004
    { name: 'M4/M16 junction near Azatamut', lon: 45.186, lat: 40.9796, territory: 'armenia' }, // TM arm.m004
    { name: 'M4/H37 junction', lon: 45.2308, lat: 41.0048, territory: 'armenia' }, // TM arm.m004
    // TravelMapping ends arm.m004 here, at its trace of the border; the OpenStreetMap border the basemap draws
    // (@osm_borders/maritime_10m) lies 0.6 km further on, and no other source gives the crossing.
    { name: 'M4 at the border (TravelMapping)', lon: 45.2384, lat: 41.0117, territory: 'armenia' }, // TM arm.m004
    // Where the line on to Gazakh meets that OpenStreetMap border, as for Berd–Tovuz.
    { name: 'Armenia–Azerbaijan border (on the OpenStreetMap line)', lon: 45.24388, lat: 41.01518, territory: 'border' },
    { name: 'Gazakh (Kazah)', lon: 45.3656, lat: 41.0925, territory: 'azerbaijan' }, // GN 585226
  ],
  quotes: routeQuotes('q-route-ijevan-gazakh'),
  approximate: true,
  source:
    'TravelMapping highway data, route arm.m004 (traced from OpenStreetMap); GeoNames 616627 (Ijevan), 585226 (Gazakh); border point where the line meets the OpenStreetMap border (© OpenStreetMap contributors, ODbL)',
  notes: [
    'The analysis calls it the "R13 and H37 highways". In Armenia the road is interstate M4; H37 meets M4 about 1 km before the border. "R13" is unverified: Azerbaijan numbers its regional roads R-nn, so it may be the Azerbaijani road on to Gazakh.',
    'Approximate in Azerbaijan: no verified points between the border and Gazakh, so that part is a straight segment. The Armenian part follows road points traced from OpenStreetMap.',
    "Approximate at the border: TravelMapping's road trace reaches the border at 41.0117, 45.2384, 0.6 km before the OpenStreetMap border that the map draws; the crossing is drawn where the line meets the drawn border, and where the road really crosses is uncertain by about that much.",
  ],
};
