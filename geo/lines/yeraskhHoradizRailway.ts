import type { RouteProps } from '../schema.ts';

/**
 * facts.md §2(e): stations in line order (kilometre posts DE-R), at the town coordinates of facts.md §1 (Julfa and
 * Mincivan at their stations, from Wikipedia).
 * Stations without a coordinate there (Vəlidağ, Şahtaxtı, Nehrəm, Karchevan) are left out rather than guessed.
 * Their villages' points (Wikipedia) are not stations: drawn through them, Qıvraq→Şahtaxtı measured 3.5 km against
 * 8.1 km by the posts and Nehrəm→Julfa +29%, so they would make the line less true, not more.
 * Yaycı, Dəstə, Nrnadzor and Soltanlı take the E002 road points of §2(d).
 */
export const yeraskhHoradizRailway: RouteProps = {
  id: 'yeraskh-horadiz-railway',
  kind: 'route',
  name: 'Yeraskh–Nakhchivan–Ordubad–Meghri–Horadiz railway',
  names: {},
  mode: 'rail',
  labelInAnalysis: 'Yeraskh-Ordubad-Megri-Horadiz railway',
  roadNumbers: [],
  status:
    'Partly out of use (Nov 2021): no cross-border traffic since about 1990; Ordubad–Meghri–Horadiz was out of use and its track dismantled in the 1990s, while the Julfa–Ordubad part stayed in service inside Nakhchivan (Ordubad–Sharur trains ran in 2019–20); the foundation of a new Horadiz–Aghband line was laid on 14 Feb 2021.',
  waypoints: [
    { name: 'Yeraskh (Arazdəyən)', lon: 44.8356, lat: 39.7308, territory: 'armenia' }, // WP
    // The Yeraskh–Sadarak road crossing (TravelMapping arm.ah081.wpt, an OpenStreetMap point), as for the E002 crossings
    // below: no source gives the rail bridge over the Arpa, which crosses beside it.
    { name: 'Armenia–Nakhchivan border (at the Yeraskh–Sadarak road crossing)', lon: 44.8376, lat: 39.7315, territory: 'border' }, // TM arm.ah081
    { name: 'Sadarak (Sədərək)', lon: 44.8846, lat: 39.7143, territory: 'nakhchivan' }, // GN 147282
    { name: 'Sharur (Şərur)', lon: 44.9799, lat: 39.553, territory: 'nakhchivan' }, // GN (facts.md §1 supporting points)
    { name: 'Qıvraq', lon: 45.1151, lat: 39.3994, territory: 'nakhchivan' }, // facts.md §2(e) (DE-R)
    { name: 'Nakhchivan (city)', lon: 45.4122, lat: 39.2089, territory: 'nakhchivan' }, // GN 147429
    // The station, not the town (GN 148251, 45.6296 38.954): Russian Wikipedia, "Джульфа (станция, Азербайджан)", 38°57′25″ N 45°37′25″ E.
    { name: 'Julfa (Culfa)', lon: 45.6236, lat: 38.9569, territory: 'nakhchivan' },
    { name: 'Yaycı', lon: 45.7332, lat: 38.9642, territory: 'nakhchivan' }, // TM E002 road point, §2(d)
    { name: 'Dəstə', lon: 45.9094, lat: 38.8969, territory: 'nakhchivan' }, // TM E002 road point, §2(d)
    { name: 'Ordubad', lon: 46.0227, lat: 38.9096, territory: 'nakhchivan' }, // GN 147368
    { name: 'Nakhchivan–Armenia border (at the E002 road crossing)', lon: 46.1473, lat: 38.8472, territory: 'border' }, // TM arm.e002
    { name: 'Meghri (Mehri)', lon: 46.2446, lat: 38.9029, territory: 'armenia' }, // GN 174823
    { name: 'Shvanidzor', lon: 46.3769, lat: 38.9428, territory: 'armenia' }, // WP
    { name: 'Nrnadzor', lon: 46.4504, lat: 38.8995, territory: 'armenia' }, // TM E002 road point, §2(d)
    { name: 'Armenia–Azerbaijan border (at the E002 road crossing near Aghband)', lon: 46.5374, lat: 38.8945, territory: 'border' }, // TM
    { name: 'Ağbənd (Aghband)', lon: 46.5667, lat: 38.9, territory: 'azerbaijan' }, // WP
    { name: 'Mincivan', lon: 46.7247, lat: 39.0286, territory: 'azerbaijan' }, // WP (station)
    // No station coordinates between Mincivan and Horadiz: the line follows the E002 road points of the same
    // Araz valley (TM), Soltanlı's among them, so it does not cut across the river bend into Iran.
    { name: 'E002 waypoint 4 (road, beside the line)', lon: 46.8253, lat: 39.1543, territory: 'azerbaijan' }, // TM
    { name: 'Soltanlı (at the E002 road point)', lon: 47.0425, lat: 39.2571, territory: 'azerbaijan' }, // TM aze.e002 "Sol"
    { name: 'E002 waypoint 2 (road, beside the line)', lon: 47.2452, lat: 39.3871, territory: 'azerbaijan' }, // TM
    { name: 'Horadiz', lon: 47.335, lat: 39.4502, territory: 'azerbaijan' }, // GN 148003
  ],
  quotes: ['q-railway', 'q-zangezur-sovereignty'],
  approximate: true,
  source:
    'German Wikipedia, "Bahnstrecke Ələt–Culfa" and "Bahnstrecke Jerewan–Dscholfa" (kilometre posts); station points: GeoNames 147282, 147429, 147368, 174823, 148003, Wikipedia (Julfa and Mincivan stations), TravelMapping; border points at the road crossings (TravelMapping, OpenStreetMap)',
  notes: [
    'Yeraskh–Horadiz is about 343 km by the kilometre posts; Armenian officials gave 340 km with 45 km in Armenia, an expert 43–47 km in Armenia. By the posts the Armenian section is km 313–352 of the Ələt–Culfa line, about 39 km.',
    "Correction of record: the Julfa–Ordubad part stayed in service inside Nakhchivan: Ordubad station reopened in April 2018 (APA, 3 Apr 2018), and regional trains ran Ordubad–Sharur daily in the winter of 2019–20 (a traveller's account with the timetable, syachikuai.com, 1 Jan 2020). Only Ordubad–Meghri–Horadiz was out of use, its track dismantled in the 1990s, and the line shown there is the former route.",
    'A new Horadiz–Aghband line, inside mainland Azerbaijan, was begun when its foundation was laid in Horadiz on 14 Feb 2021; it was announced then as about 100 km long (Trend, 15 Feb 2021), and later given as 110.4 km, 140.6 km with its access lines, by Azerbaijan Railways (News.Az, 12 Dec 2023; Trend, 5 Sep 2025).',
    'Approximate: stations are drawn at town coordinates (1–2 km off; Julfa and Mincivan at their stations; Shvanidzor village lies about 3 km from the track in the Araz valley) and, from Qıvraq to Horadiz, joined along the north bank of the Araz (OpenStreetMap border, set back) rather than by straight segments, so the drawn line is longer than the track where the track cuts across the bends of the river (data/README.md measures each section against the kilometre posts); between Mincivan and Horadiz the line follows the E002 road points of the same valley (Soltanlı at its road point), not the track itself. Vəlidağ, Şahtaxtı, Nehrəm and Karchevan have no verified station coordinate and are left out. The border points are the road crossings beside the line (Yeraskh–Sadarak, and the E002 crossings near Meghri and Aghband); no source gives the rail crossings.',
  ],
};

/** A station drawn as a waypoint, at its kilometre post. */
export interface KmPost {
  station: string;
  km: number;
}

/**
 * facts.md §2(e), kilometre posts of DE-R, for the stations the line is drawn through (geo/check/routeRules.ts
 * holds the drawn sections to them): `stations` every drawn station with a post, in line order;
 * `stretchEnds` those of them that bound the line's main stretches. Yaycı, Dəstə, Nrnadzor and Soltanlı are drawn at E002 road points, not at their stations.
 */
export interface RailwayPart {
  line: string;
  stations: readonly KmPost[];
  stretchEnds: readonly string[];
}

export const RAILWAY_KM_POSTS: readonly RailwayPart[] = [
  {
    line: 'Yerevan–Julfa line',
    stretchEnds: ['Yeraskh (Arazdəyən)', 'Julfa (Culfa)'],
    stations: [
      { station: 'Yeraskh (Arazdəyən)', km: 66.9 },
      { station: 'Sadarak (Sədərək)', km: 72.8 },
      { station: 'Sharur (Şərur)', km: 91.2 },
      { station: 'Qıvraq', km: 109.3 },
      { station: 'Nakhchivan (city)', km: 157.4 },
      { station: 'Julfa (Culfa)', km: 202.5 },
    ],
  },
  {
    line: 'Ələt–Culfa line',
    stretchEnds: ['Julfa (Culfa)', 'Ordubad', 'Ağbənd (Aghband)', 'Horadiz'],
    stations: [
      { station: 'Julfa (Culfa)', km: 409 },
      { station: 'Yaycı', km: 396 },
      { station: 'Dəstə', km: 377 },
      { station: 'Ordubad', km: 370 },
      { station: 'Meghri (Mehri)', km: 338 },
      { station: 'Shvanidzor', km: 328 },
      { station: 'Nrnadzor', km: 315 },
      { station: 'Ağbənd (Aghband)', km: 306 },
      { station: 'Mincivan', km: 283 },
      { station: 'Soltanlı (at the E002 road point)', km: 236 },
      { station: 'Horadiz', km: 202 },
    ],
  },
];
