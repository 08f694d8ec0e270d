import type { PeacekeepingProps } from '../schema.ts';

/** A named point a hand-drawn line passes through. */
export interface LinePoint {
  name: string;
  lon: number;
  lat: number;
}

/** facts.md §1: Khankendi (Stepanakert), GN 146970: the corridor's end, the HQ point. */
export const KHANKENDI: LinePoint = { name: 'Khankendi (Stepanakert)', lon: 46.7528, lat: 39.8177 };

/** facts.md §3, Lachin corridor road (Armenian M12; TM arm.m012, aze.m012), west to east. */
export const CORRIDOR_ROAD: readonly LinePoint[] = [
  { name: 'Goris/M2 junction', lon: 46.3301, lat: 39.5217 }, // TM arm.m012
  { name: 'Border near Tegh/Kornidzor', lon: 46.5058, lat: 39.5843 }, // TM
  { name: 'Aghavno (Zabukh)', lon: 46.5452, lat: 39.5746 }, // TM
  { name: 'Lachin (Berdzor)', lon: 46.5529, lat: 39.6385 }, // TM
  { name: 'Yeghtsahogh', lon: 46.5898, lat: 39.6672 }, // TM
  { name: 'Lisagor (Turşsu)', lon: 46.6498, lat: 39.6884 }, // TM
  { name: 'M12 waypoint 7', lon: 46.6936, lat: 39.7181 }, // TM (unnamed in facts.md; 7th point of this list)
  { name: 'Below Shusha (Shushi)', lon: 46.7466, lat: 39.7699 }, // TM; path near Shusha unverified
  KHANKENDI, // GN 146970
];

/** The 5 km corridor (statement art. 6) runs from the Armenian border, the second road point, to Khankendi. */
export const CORRIDOR_FROM_INDEX = 1;
export const CORRIDOR_HALF_WIDTH_KM = 2.5;
/** Where the corridor crosses ground taken in the fighting (near Shusha), it is the road itself, this wide either side. */
export const ROAD_STRIP_HALF_WIDTH_KM = 0.25;

/** "Shusha (Shushi)" patrol line (facts.md §3): the corridor road from Lisagor past Shusha to Stepanakert. */
export const SHUSHA_PATROL_FROM_INDEX = 5;

/**
 * "Hocavend/Red Bazaar (Martuni) – Sukovuşan (Magadiz)" patrol line, south to north, through the named
 * places on the roads inside the zone (Askeran and Martakert: GeoNames 148450, 587379), never across
 * Aghdam district: where no road point is published, VIA points keep the line inside the zone drawn
 * here (checked by geo:check, 0.5 km tolerance). Sukovuşan itself was taken on 3 Oct 2020: the line ends at the contact line facing it
 * (the midway anchor of geo/lines/contactLine.ts).
 */
const VIA = 'Inside the zone (no road point published)';
export const MARTUNI_PATROL: readonly LinePoint[] = [
  { name: 'Red Bazaar (Karmir Shuka)', lon: 46.9512, lat: 39.6767 }, // GeoNames 147695
  { name: 'Hocavend (Martuni)', lon: 47.1117, lat: 39.795 }, // GeoNames 146969
  { name: VIA, lon: 46.95, lat: 39.795 },
  { name: VIA, lon: 46.86, lat: 39.8 },
  { name: VIA, lon: 46.82, lat: 39.91 },
  { name: 'Askeran', lon: 46.8316, lat: 39.9391 }, // GeoNames 148450
  { name: VIA, lon: 46.78, lat: 39.98 },
  { name: VIA, lon: 46.66, lat: 40.02 },
  { name: VIA, lon: 46.67, lat: 40.07 },
  { name: VIA, lon: 46.72, lat: 40.11 },
  { name: VIA, lon: 46.76, lat: 40.17 },
  { name: 'Martakert', lon: 46.8214, lat: 40.2113 }, // GeoNames 587379
  { name: 'Line of contact towards Sukovuşan (Magadiz)', lon: 46.7754, lat: 40.2714 }, // midway Sukovuşan–Martakert
];

/**
 * The monitoring centre's site was not published as a coordinate. TASS places it near Qiyaməddinli, sherg.az
 * near Mərzili (both Aghdam district); no coordinate of Qiyaməddinli was found, so the point is Mərzili
 * (Azerbaijani Wikipedia: 39°55′57″N 47°03′42″E).
 */
export const MONITORING_CENTRE: LinePoint = { name: 'Mərzili', lon: 47.0617, lat: 39.9325 };

type Props = Omit<PeacekeepingProps, 'kind' | 'waypoints'>;

const DEPLOYED = '2020-11-10';
const TM = 'TravelMapping highway data (traced from OpenStreetMap): arm.m012, aze.m012';

export const CORRIDOR_ROAD_PROPS: Props = {
  id: 'lachin-corridor-road',
  name: 'Lachin corridor road (M12)',
  names: {},
  since: DEPLOYED,
  quotes: ['q-peacekeepers-deployed'],
  approximate: true,
  source: `${TM}; Khankendi (Stepanakert): GeoNames 146970`,
  notes: ['In 2021 the road skirted Shusha (Shushi) without entering it; its exact path near Shusha is unverified.', 'Lachin (Berdzor) town stayed inside the corridor until 26 Aug 2022.'],
};

export const CORRIDOR_PROPS: Props = {
  id: 'lachin-corridor',
  name: 'Lachin corridor (5 km wide)',
  names: {},
  since: DEPLOYED,
  quotes: ['q-peacekeepers-deployed'],
  approximate: true,
  source: `10 Nov 2020 statement, article 6 (5 km wide), drawn around the corridor road (${TM})`,
  notes: [
    `Approximate: no official polygon of the corridor was published. Drawn as ${CORRIDOR_HALF_WIDTH_KM} km either side of the corridor road, from the Armenian border near Tegh/Kornidzor to Khankendi (Stepanakert).`,
    `Where the road crosses the ground taken in the fighting around Shusha (Shushi), which the statement left out of the corridor, only the road itself (${ROAD_STRIP_HALF_WIDTH_KM} km either side) is drawn.`,
    'Lachin (Berdzor) town stayed inside the corridor until 26 Aug 2022.',
  ],
};

export const SHUSHA_PATROL_PROPS: Props = {
  id: 'patrol-shusha',
  name: 'Patrol line: Shusha (Shushi)',
  names: {},
  since: DEPLOYED,
  quotes: ['q-patrols'],
  approximate: true,
  source: `The analysis, footnote 12 (Russian Ministry of Defence map); drawn along the corridor road (${TM})`,
  notes: ['Approximate: the patrol route is not published; drawn along the corridor road from Lisagor past Shusha (Shushi) to Khankendi (Stepanakert).'],
};

export const MARTUNI_PATROL_PROPS: Props = {
  id: 'patrol-martuni-sukovushan',
  name: 'Patrol line: Hocavend/Red Bazaar (Martuni) – Sukovuşan (Magadiz)',
  names: {},
  since: DEPLOYED,
  quotes: ['q-patrols'],
  approximate: true,
  source: 'The analysis, footnote 12 (Russian Ministry of Defence map); drawn through GeoNames places 147695, 146969, 148450, 587379',
  notes: [
    "Approximate: the patrols' roads are not published. Drawn as straight segments through Red Bazaar (Karmir Shuka), Hocavend (Martuni), Askeran and Martakert, the places on the roads inside the zone, to the line of contact facing Sukovuşan (Magadiz).",
    'Sukovuşan (Magadiz) came under Azerbaijani control on 3 Oct 2020: the line ends where the zone does.',
  ],
};

export const MONITORING_CENTRE_PROPS: Props = {
  id: 'monitoring-centre',
  name: 'Turkish–Russian Joint Monitoring Centre (site not published)',
  names: {},
  since: '2021-01-30',
  quotes: ['q-monitoring-centre'],
  approximate: true,
  source: 'Mərzili village, Azerbaijani Wikipedia coordinates (39°55′57″N 47°03′42″E); site: TASS (Qiyaməddinli), sherg.az (Mərzili)',
  notes: [
    'Opened on 30 Jan 2021 in Aghdam district.',
    'Site not published: TASS reported it near Qiyaməddinli, sherg.az near Mərzili. No coordinate of Qiyaməddinli was found in the sources at hand, so the point stands at Mərzili; both are approximate.',
  ],
};

export const HQ_PROPS: Props = {
  id: 'peacekeeping-hq',
  name: 'Russian peacekeeping HQ, Khankendi (Stepanakert)',
  names: {},
  since: DEPLOYED,
  quotes: ['q-peacekeeper-activities', 'q-peacekeepers-deployed'],
  approximate: true,
  source: 'Khankendi (Stepanakert) town point, GeoNames 146970',
  notes: ['Approximate: the town point, not the compound.'],
};

export const ZONE_PROPS: Props = {
  id: 'peacekeeping-zone',
  name: 'Russian peacekeeping zone',
  names: {},
  since: DEPLOYED,
  quotes: ['q-peacekeepers-deployed', 'q-peacekeeper-activities'],
  approximate: true,
  source: 'Natural Earth former NKAO outline and 1994 ceasefire line (Debian qgis-common world_map.gpkg), less the ground taken in the fighting (data/README.md), with the Lachin corridor',
  notes: [
    'Approximate: no published polygon. Drawn as the part of the former NKAO held by Armenian forces since 1994, minus the ground Azerbaijan took in the fighting (Hadrut and the south, the Shusha (Shushi) area, Talish and Sukovuşan (Magadiz)), plus the Lachin corridor.',
    '27 observation posts in the corridor and along the contact line (Russian MoD, 22 Nov 2021); 23 on 20 Nov 2020.',
  ],
};
