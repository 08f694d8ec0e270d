/**
 * The places of facts.md §1 and its "Supporting points", with facts.md's coordinates. Rows with `geonames`
 * take the GeoNames record instead (places.ts checks it lies within 200 m of facts.md's value);
 * the rest use facts.md's position with its source key (`ref`). The monitoring centre is drawn elsewhere.
 */
import type { Names } from '../schema.ts';

export interface PlaceRow {
  id: string;
  /** As the analysis spells it, with the other name in brackets where they differ. */
  name: string;
  names: Names;
  /** Spellings a reader may search by that `name` and `names` lack (BaseProps.altNames). */
  altNames?: string[];
  lat: number;
  lon: number;
  /** GeoNames id (facts.md "GN"); for supporting points it is the record at facts.md's position. */
  geonames?: number;
  /** facts.md source key where the position is not GeoNames', e.g. "WP". */
  ref?: string;
  role: 'named' | 'supporting';
  quotes: string[];
  approximate?: boolean;
  notes?: string[];
}

const ROUTE_HMO = ['q-routes', 'q-railway'];
const SUGOVUSHAN_DATE = 'Azerbaijan announced it had taken Sugovushan and Talish on 3 October 2020.';

const named = (row: Omit<PlaceRow, 'role'>): PlaceRow => ({ ...row, role: 'named' });
const supporting = (row: Omit<PlaceRow, 'role' | 'quotes'>): PlaceRow => ({ ...row, role: 'supporting', quotes: [] });

export const PLACES: PlaceRow[] = [
  named({ id: 'shusha-town', name: 'Shusha (Shushi)', names: { az: 'Şuşa', hy: 'Շուշի', ru: 'Шуша' }, lat: 39.7601, lon: 46.7499, geonames: 147105, quotes: ['q-shusha-regained'] }),
  named({
    id: 'khankendi-city',
    name: 'Khankendi (Stepanakert)',
    names: { az: 'Xankəndi', hy: 'Ստեփանակերտ', ru: 'Ханкенди, Степанакерт' },
    lat: 39.8177,
    lon: 46.7528,
    geonames: 146970,
    quotes: ['q-peacekeeper-activities'],
  }),
  named({
    id: 'aghdam-town',
    name: 'Aghdam (Akna)',
    names: { az: 'Ağdam', hy: 'Ակնա', ru: 'Агдам' },
    lat: 39.991,
    lon: 46.9274,
    geonames: 148619,
    quotes: ['q-aghdam-handover'],
    notes: ['The town of Aghdam district, not the village of Ağdam in Tovuz district on the Berd–Tovuz route.'],
  }),
  named({
    id: 'kalbajar-town',
    name: 'Kalbajar (Karvachar)',
    names: { az: 'Kəlbəcər', hy: 'Քարվաճառ', ru: 'Кельбаджар' },
    lat: 40.1098,
    lon: 46.0445,
    geonames: 586268,
    quotes: ['q-kalbajar-handover'],
  }),
  named({
    id: 'lachin-town',
    name: 'Lachin (Berdzor)',
    names: { az: 'Laçın', hy: 'Բերձոր', ru: 'Лачин' },
    lat: 39.6408,
    lon: 46.5469,
    ref: 'WP; TM road point 39.6385, 46.5529 agrees',
    quotes: ['q-peacekeepers-deployed'],
    notes: [
      'Stayed inside the Lachin corridor under the Russian peacekeepers until 26 August 2022.',
      "The analysis' sentence on Lachin's return concerns the district (see Lachin district), not the town.",
      'GeoNames 147625 lies about 4.7 km off and is not used.',
    ],
  }),
  named({ id: 'tovuz', name: 'Tovuz', names: { az: 'Tovuz', ru: 'Товуз' }, lat: 40.9925, lon: 45.6284, geonames: 584821, quotes: ['q-tovuz-clashes', 'q-routes'] }),
  named({
    id: 'martuni',
    name: 'Hocavend (Martuni)',
    names: { az: 'Xocavənd', hy: 'Մարտունի', ru: 'Мартуни' },
    lat: 39.795,
    lon: 47.1117,
    geonames: 146969,
    quotes: ['q-patrols'],
    notes: ['Not the Martuni in Gegharkunik, Armenia.'],
  }),
  named({
    id: 'red-bazaar',
    name: 'Red Bazaar (Karmir Shuka)',
    names: { az: 'Qırmızı Bazar', hy: 'Կարմիր Շուկա', ru: 'Красный Базар' },
    lat: 39.6767,
    lon: 46.9512,
    geonames: 147695,
    quotes: ['q-patrols'],
    notes: ['The analysis writes "Hocavend/Red Bazaar (Martuni)"; Red Bazaar (Karmir Shuka) is a separate village about 19 km south-west of Hocavend (Martuni).'],
  }),
  named({
    id: 'sukovushan',
    name: 'Sukovuşan (Magadiz)',
    names: { az: 'Suqovuşan', hy: 'Մատաղիս', ru: 'Суговушан, Мадагиз' },
    // Two letters off the analysis' "Sukovuşan (Magadiz)", so one typo does not reach them: Sugovushan (facts.md),
    // and the latin forms of the Russian Мадагиз and Armenian Մատաղիս already in `names`.
    altNames: ['Sugovushan', 'Madagiz', 'Mataghis'],
    lat: 40.3314,
    lon: 46.7294,
    ref: 'WP',
    quotes: ['q-patrols'],
    approximate: true,
    notes: ['Position unverified: English Wikipedia; Russian Wikipedia gives 40.3275, 46.7522, about 2 km east.', SUGOVUSHAN_DATE],
  }),
  supporting({ id: 'talysh', name: 'Talysh', names: { az: 'Talış', hy: 'Թալիշ', ru: 'Талыш' }, lat: 40.3814, lon: 46.7408, ref: 'WP', notes: [SUGOVUSHAN_DATE] }),
  named({ id: 'ijevan', name: 'Icevan (Ijevan)', names: { az: 'İcevan', hy: 'Իջևան', ru: 'Иджеван' }, lat: 40.8788, lon: 45.1485, geonames: 616627, quotes: ['q-routes'] }),
  named({ id: 'gazakh', name: 'Kazah (Gazakh)', names: { az: 'Qazax', ru: 'Газах' }, lat: 41.0925, lon: 45.3656, geonames: 585226, quotes: ['q-routes'] }),
  named({ id: 'berd', name: 'Berd', names: { hy: 'Բերդ', ru: 'Берд' }, lat: 40.8814, lon: 45.389, geonames: 616802, quotes: ['q-routes'] }),
  named({ id: 'angeghakot', name: 'Angeghakot', names: { hy: 'Անգեղակոթ', ru: 'Ангехакот' }, lat: 39.5695, lon: 45.9445, geonames: 174997, quotes: ['q-routes'] }),
  named({
    id: 'bichanak',
    name: 'Bichanak',
    names: { az: 'Biçənək', ru: 'Биченек' },
    lat: 39.5028,
    lon: 45.7692,
    ref: 'WP',
    quotes: ['q-routes'],
    notes: ['The village; the road from Armenia reaches it over the Bichanak pass.'],
  }),
  supporting({
    id: 'm13-border-crossing',
    name: 'Armenia–Nakhchivan crossing on M13',
    names: {},
    lat: 39.5446,
    lon: 45.8114,
    ref: 'TM arm.m013',
    notes: ['The border point of the M13 road towards the Bichanak pass; not confirmed to be the pass summit.'],
  }),
  named({ id: 'horadiz', name: 'Horadiz', names: { az: 'Horadiz', ru: 'Горадиз' }, lat: 39.4502, lon: 47.335, geonames: 148003, quotes: ROUTE_HMO }),
  named({ id: 'meghri', name: 'Meğri (Meghri)', names: { az: 'Mehri', hy: 'Մեղրի', ru: 'Мегри' }, lat: 38.9029, lon: 46.2446, geonames: 174823, quotes: ROUTE_HMO }),
  named({ id: 'ordubad', name: 'Ordubad', names: { az: 'Ordubad', ru: 'Ордубад' }, lat: 38.9096, lon: 46.0227, geonames: 147368, quotes: ROUTE_HMO }),
  named({
    id: 'yeraskh',
    name: 'Yeraskh',
    names: { az: 'Arazdəyən', hy: 'Երասխ', ru: 'Ерасх' },
    lat: 39.7308,
    lon: 44.8356,
    ref: 'WP',
    quotes: ['q-railway'],
    notes: ['Missing from GeoNames; position from Wikipedia.'],
  }),
  supporting({ id: 'julfa', name: 'Julfa', names: { az: 'Culfa', hy: 'Ջուղա', ru: 'Джульфа' }, lat: 38.954, lon: 45.6296, geonames: 148251, notes: ['Not the Iranian Julfa across the Aras.'] }),
  named({
    id: 'nakhchivan-city',
    name: 'Nakhchivan (city)',
    names: { az: 'Naxçıvan', hy: 'Նախիջևան', ru: 'Нахичевань' },
    lat: 39.2089,
    lon: 45.4122,
    geonames: 147429,
    quotes: ['q-nakhchivan-roads', 'q-nakhchivan-claims'],
    notes: ['Where the analysis says "Nakhchivan" it mostly means the exclave, the Nakhchivan Autonomous Republic of Azerbaijan; this is its capital.'],
  }),
  supporting({ id: 'sadarak', name: 'Sadarak', names: { az: 'Sədərək', ru: 'Садарак' }, lat: 39.7143, lon: 44.8846, geonames: 147282 }),
  supporting({ id: 'zangilan-town', name: 'Zangilan', names: { az: 'Zəngilan', ru: 'Зангелан' }, lat: 39.0837, lon: 46.6599, geonames: 146901 }),
  supporting({ id: 'goris', name: 'Goris', names: { hy: 'Գորիս', ru: 'Горис' }, lat: 39.5111, lon: 46.3417, geonames: 174895 }),
  supporting({ id: 'sisian', name: 'Sisian', names: { hy: 'Սիսիան', ru: 'Сисиан' }, lat: 39.5167, lon: 46.0167, ref: 'WP', notes: ['GeoNames 174972 ("Sisian") is really Hatsavan and is not used.'] }),
  supporting({ id: 'fuzuli-town', name: 'Fuzuli', names: { az: 'Füzuli', ru: 'Физули' }, lat: 39.6009, lon: 47.1453, geonames: 148106 }),
  supporting({ id: 'jabrayil-town', name: 'Jabrayil', names: { az: 'Cəbrayıl', hy: 'Ջրական', ru: 'Джебраил' }, lat: 39.3992, lon: 47.0284, geonames: 148141 }),
  supporting({ id: 'qubadli-town', name: 'Qubadli', names: { az: 'Qubadlı', ru: 'Кубатлы' }, lat: 39.3444, lon: 46.5818, geonames: 147305 }),
  supporting({
    id: 'aghband',
    name: 'Aghband',
    names: { az: 'Ağbənd', ru: 'Агбенд' },
    lat: 38.9,
    lon: 46.5667,
    ref: 'WP',
    approximate: true,
    notes: ['Wikipedia gives the position to the arc-minute only (about 1–2 km); the border checkpoint on the road is at 38.8945, 46.5374 (TravelMapping).'],
  }),
  // facts.md "Supporting points": GN unless marked; their GeoNames ids are the records at those positions.
  supporting({ id: 'shahbuz', name: 'Shahbuz', names: {}, lat: 39.4072, lon: 45.5739, geonames: 147278 }),
  supporting({ id: 'shaghat', name: 'Shaghat', names: {}, lat: 39.557, lon: 45.9073, geonames: 174782 }),
  supporting({ id: 'tegh', name: 'Tegh', names: {}, lat: 39.5583, lon: 46.4805, geonames: 174743 }),
  supporting({ id: 'kornidzor', name: 'Kornidzor', names: {}, lat: 39.5481, lon: 46.5311, ref: 'WP' }),
  supporting({ id: 'aghavno', name: 'Aghavno (Zabukh)', names: {}, lat: 39.5897, lon: 46.5433, ref: 'WP' }),
  supporting({ id: 'lisagor', name: 'Lisagor (Turşsu)', names: { az: 'Turşsu' }, lat: 39.6875, lon: 46.6431, ref: 'WP' }),
  supporting({ id: 'askeran', name: 'Askeran', names: {}, lat: 39.9391, lon: 46.8316, geonames: 148450 }),
  supporting({ id: 'martakert', name: 'Martakert', names: {}, lat: 40.2113, lon: 46.8214, geonames: 587379 }),
  supporting({ id: 'sharur', name: 'Sharur', names: { az: 'Şərur' }, lat: 39.553, lon: 44.9799, geonames: 146858 }),
  supporting({ id: 'mincivan-station', name: 'Mincivan station', names: {}, lat: 39.0286, lon: 46.7247, ref: 'WP' }),
  supporting({ id: 'shvanidzor', name: 'Shvanidzor', names: {}, lat: 38.9428, lon: 46.3769, ref: 'WP' }),
  supporting({ id: 'aygehovit', name: 'Aygehovit', names: {}, lat: 40.9795, lon: 45.2503, geonames: 616855 }),
  supporting({ id: 'mosesgegh', name: 'Mosesgegh', names: {}, lat: 40.9053, lon: 45.4884, geonames: 616403 }),
];
