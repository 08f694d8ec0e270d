import type { RouteProps } from '../schema.ts';
import { ROAD_STATUS_NOV_2021, routeQuotes } from './status.ts';

/** facts.md §2(c): Armenian part from TravelMapping (arm.m013); in Nakhchivan only towns are given. */
export const angeghakotBichanak: RouteProps = {
  id: 'angeghakot-bichanak',
  kind: 'route',
  name: 'Angeghakot–Bichanak road',
  names: {},
  mode: 'road',
  labelInAnalysis: 'Angeghakot-Bichanak line (E117 highway)',
  roadNumbers: ['M13'],
  status: ROAD_STATUS_NOV_2021,
  waypoints: [
    { name: 'M2/M13 junction', lon: 45.971, lat: 39.5786, territory: 'armenia' }, // TM arm.m013
    { name: 'Angeghakot', lon: 45.9445, lat: 39.5695, territory: 'armenia' }, // GN 174997
    { name: 'Shaghat', lon: 45.9073, lat: 39.557, territory: 'armenia' }, // GN (facts.md §1 supporting points)
    // The pass height is the Sisian (Bichanak) pass's; that the border point is the summit is not confirmed (facts.md §1).
    {
      name: 'Armenia–Nakhchivan border (M13), at the Bichanak pass',
      lon: 45.8114,
      lat: 39.5446,
      territory: 'border',
      elevation: 2346,
      elevationSource: 'pass height, French Wikipedia "Zanguezour (massif)" (col de Sissian, 2,346 m); the border point taken as the pass, not confirmed to be its summit',
    }, // TM arm.m013
    { name: 'Bichanak (Biçənək)', lon: 45.7692, lat: 39.5028, territory: 'nakhchivan' }, // WP
    { name: 'Shahbuz', lon: 45.5739, lat: 39.4072, territory: 'nakhchivan' }, // GN (facts.md §1 supporting points)
    { name: 'Nakhchivan (city)', lon: 45.4122, lat: 39.2089, territory: 'nakhchivan' }, // GN 147429
  ],
  quotes: routeQuotes('q-route-angeghakot-bichanak'),
  approximate: true,
  source: 'TravelMapping highway data, routes arm.m013 and arm.e117 (traced from OpenStreetMap); GeoNames 174997 (Angeghakot), 147429 (Nakhchivan); Wikipedia (Bichanak)',
  notes: [
    'The analysis calls it the "E117 highway". The road from Angeghakot to the border is Armenian M13; E117 runs along M2 past Angeghakot (TravelMapping arm.e117, point 39.5871, 45.9479) and does not take this road.',
    'The border point is where M13 crosses into Nakhchivan; it is not confirmed to be the summit of the Bichanak pass.',
    'Approximate in Nakhchivan: beyond the border the line joins the towns Bichanak, Shahbuz and Nakhchivan city with straight segments (about 6, 20 and 26 km), not the road itself.',
  ],
};
