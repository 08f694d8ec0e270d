/**
 * The line of contact inside the former NKAO when the fighting stopped on 10 Nov 2020. No map of it was
 * published as data, so it is drawn through midpoints: each anchor lies halfway between a place taken in
 * the fighting and the nearest named place that stayed under Armenian control, and is uncertain by half
 * their distance (the true line lies somewhere between the two). Places: facts.md §1 and GeoNames.
 */
import type { LinePoint } from './peacekeeping.ts';

/** A pair of places either side of the line: the anchor is their midpoint. */
export interface AnchorPair {
  taken: LinePoint;
  held: LinePoint;
}

const SHUSHA: LinePoint = { name: 'Shusha (Shushi)', lon: 46.7499, lat: 39.7601 }; // GeoNames 147105
const KHANKENDI: LinePoint = { name: 'Khankendi (Stepanakert)', lon: 46.7528, lat: 39.8177 }; // GeoNames 146970
const HADRUT: LinePoint = { name: 'Hadrut', lon: 47.0319, lat: 39.52 }; // GeoNames 148105
const RED_BAZAAR: LinePoint = { name: 'Red Bazaar (Karmir Shuka)', lon: 46.9512, lat: 39.6767 }; // GeoNames 147695
const MARTUNI: LinePoint = { name: 'Hocavend (Martuni)', lon: 47.1117, lat: 39.795 }; // GeoNames 146969
const FUZULI: LinePoint = { name: 'Fuzuli', lon: 47.1453, lat: 39.6009 }; // GeoNames 148106
export const SUKOVUSHAN: LinePoint = { name: 'Sukovuşan (Magadiz)', lon: 46.7294, lat: 40.3314 }; // Wikipedia
export const MARTAKERT: LinePoint = { name: 'Martakert', lon: 46.8214, lat: 40.2113 }; // GeoNames 587379

/**
 * The southern line, west to east. West of Shusha it follows the corridor road (TravelMapping points of
 * facts.md §3): the ground south of the road inside the NKAO (the Hadrut area and southern Shusha district)
 * was taken in the fighting, the road itself stayed under the peacekeepers.
 */
export const SOUTH_ROAD_POINTS: readonly LinePoint[] = [
  { name: 'Lachin (Berdzor)', lon: 46.5529, lat: 39.6385 },
  { name: 'Yeghtsahogh', lon: 46.5898, lat: 39.6672 },
  { name: 'Lisagor (Turşsu)', lon: 46.6498, lat: 39.6884 },
];
export const SOUTH_PAIRS: readonly AnchorPair[] = [
  { taken: SHUSHA, held: KHANKENDI },
  { taken: HADRUT, held: RED_BAZAAR },
  { taken: HADRUT, held: MARTUNI },
  { taken: FUZULI, held: MARTUNI },
];

/** The northern line: Talish and Sukovuşan (Magadiz) were taken on 3 Oct 2020, Martakert stayed. */
export const TALISH: LinePoint = { name: 'Talish (Talış)', lon: 46.7408, lat: 40.3814 }; // Wikipedia
/** The two villages inside the NKAO's northern lobe taken in the fighting (3 Oct 2020). */
export const NORTH_VILLAGES: readonly LinePoint[] = [SUKOVUSHAN, TALISH];
export const NORTH_PAIRS: readonly AnchorPair[] = [{ taken: SUKOVUSHAN, held: MARTAKERT }];
