import type { RouteProps } from '../schema.ts';
import { ROAD_STATUS_NOV_2021, routeQuotes } from './status.ts';

/**
 * facts.md §2(d): every point is a TravelMapping E002 waypoint (traced from OpenStreetMap).
 * Unnamed points are called "E002 waypoint N", N being their place in this list.
 */
export const horadizMeghriOrdubad: RouteProps = {
  id: 'horadiz-meghri-ordubad',
  kind: 'route',
  name: 'Horadiz–Meghri–Ordubad road (E002)',
  names: {},
  mode: 'road',
  labelInAnalysis: 'Horadiz-Meğri, Ordubad, Horadiz line (E002)',
  roadNumbers: ['E002', 'M2'],
  status: ROAD_STATUS_NOV_2021,
  waypoints: [
    { name: 'Horadiz', lon: 47.3281, lat: 39.4602, territory: 'azerbaijan' }, // TM
    { name: 'E002 waypoint 2', lon: 47.2452, lat: 39.3871, territory: 'azerbaijan' }, // TM
    { name: 'E002 waypoint 3', lon: 47.0425, lat: 39.2571, territory: 'azerbaijan' }, // TM
    { name: 'E002 waypoint 4', lon: 46.8253, lat: 39.1543, territory: 'azerbaijan' }, // TM
    { name: 'Mincivan junction', lon: 46.7053, lat: 39.0294, territory: 'azerbaijan' }, // TM
    { name: 'E002 waypoint 6', lon: 46.6526, lat: 38.9627, territory: 'azerbaijan' }, // TM
    { name: 'E002 waypoint 7', lon: 46.597, lat: 38.9331, territory: 'azerbaijan' }, // TM
    { name: 'Border at Aghband', lon: 46.5374, lat: 38.8945, territory: 'border' }, // TM
    { name: 'Nrnadzor', lon: 46.4504, lat: 38.8995, territory: 'armenia' }, // TM arm.e002
    { name: 'Shvanidzor junction', lon: 46.3648, lat: 38.9175, territory: 'armenia' }, // TM arm.e002
    { name: 'Alvank', lon: 46.3404, lat: 38.9177, territory: 'armenia' }, // TM arm.e002
    { name: 'Meghri (Mehri), M2 junction', lon: 46.2566, lat: 38.8929, territory: 'armenia' }, // TM arm.e002
    { name: 'E002 waypoint 13', lon: 46.1997, lat: 38.8549, territory: 'armenia' }, // TM arm.e002
    { name: 'Armenia–Nakhchivan border', lon: 46.1473, lat: 38.8472, territory: 'border' }, // TM arm.e002
    { name: 'E002 waypoint 15', lon: 46.1409, lat: 38.8447, territory: 'nakhchivan' }, // TM
    { name: 'Ordubad junction', lon: 46.0137, lat: 38.8971, territory: 'nakhchivan' }, // TM
    { name: 'Dəstə', lon: 45.9094, lat: 38.8969, territory: 'nakhchivan' }, // TM
    { name: 'E002 waypoint 18', lon: 45.8238, lat: 38.937, territory: 'nakhchivan' }, // TM
    { name: 'Yaycı', lon: 45.7332, lat: 38.9642, territory: 'nakhchivan' }, // TM
    { name: 'Julfa (Culfa)', lon: 45.6176, lat: 38.9745, territory: 'nakhchivan' }, // TM
    { name: 'E002 waypoint 21', lon: 45.5876, lat: 39.0603, territory: 'nakhchivan' }, // TM
    { name: 'Nakhchivan (city)', lon: 45.4089, lat: 39.2028, territory: 'nakhchivan' }, // TM
  ],
  quotes: routeQuotes('q-route-horadiz-meghri-ordubad'),
  approximate: false,
  source: 'TravelMapping highway data, E002 waypoints (traced from OpenStreetMap)',
  notes: [
    'The analysis writes "Horadiz-Meğri, Ordubad, Horadiz"; the road is drawn once, from Horadiz through Meghri and Ordubad and on to Nakhchivan city, as the fact sheet traces it.',
    'E002 is the number of the whole road. M2 is the Armenian number of its stretch from Meghri west to the Nakhchivan border (the route meets M2 at Meghri; TravelMapping arm.m002 ends at the border point 38.8447, 46.1409).',
  ],
};
