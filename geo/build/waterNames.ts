/**
 * Names of the rivers and lakes the basemap labels, and the sourced points that tell which line or polygon
 * each is. Neither GSHHG's rivers nor the OpenStreetMap lakes package carry names. Names in az/hy/ru as the
 * Wikipedia articles on each give them (English, Azerbaijani, Armenian, Russian editions); a language is left
 * out where no article gives the name. Coordinates are the articles' infobox values ("WP").
 */
import type { Position } from 'geojson';
import type { Names } from '../schema.ts';

interface WaterName {
  id: string;
  name: string;
  names: Names;
  /** How the name was matched to the geometry. */
  basis: string;
}

/** A river is the GSHHG path between two points on it (its source, mouth or a confluence). */
export interface RiverName extends WaterName {
  from: Position;
  to: Position;
  /** false: the path may not cross a lake (where crossing one would jump onto another river). */
  throughLakes?: boolean;
}

/** A lake or reservoir is the polygon holding (or nearest to) this point. */
export interface LakeName extends WaterName {
  at: Position;
  kind: 'lake' | 'reservoir';
  /** Surface area the same article gives, km², to set beside the polygon's. */
  km2?: number;
}

export const RIVERS: RiverName[] = [
  {
    id: 'river-araz',
    name: 'Araz (Aras, Araks)',
    names: { az: 'Araz', hy: 'Արաքս', ru: 'Аракс' },
    // Mouth of the Akhurian (no.wikipedia "Akhurjan": 40°07′53″N 43°38′54″E) to the Kura at Sabirabad (en.wikipedia "Aras": 40.0184, 48.4535).
    from: [43.6483, 40.1314],
    to: [48.4535, 40.0184],
    throughLakes: false,
    // WDBII's Araz does not reach the Kura at Sabirabad: below Imishli its line runs south-east towards the Kura delta.
    basis: 'GSHHG path from the Akhurian mouth (WP) towards the Kura confluence at Sabirabad (WP)',
  },
  {
    id: 'river-kura',
    name: 'Kura (Kür)',
    names: { az: 'Kür', hy: 'Կուր', ru: 'Кура' },
    // en.wikipedia "Kura (South Caucasus river)": source 40°40′31″N 42°44′32″E, mouth at Neftçala 39°19′32″N 49°20′07″E.
    from: [42.74222, 40.67528],
    to: [49.33528, 39.32556],
    basis: 'GSHHG path from the source (WP) to the Caspian at Neftçala (WP)',
  },
  {
    id: 'river-akhurian',
    name: 'Akhurian (Arpaçay)',
    names: { az: 'Arpaçay', hy: 'Ախուրյան', ru: 'Ахурян' },
    // Outflow of Lake Arpi (es.wikipedia "Río Ajurián": 41.0677, 43.6534) to its mouth in the Araz (as above).
    from: [43.6534, 41.0677],
    to: [43.6483, 40.1314],
    basis: 'GSHHG path from Lake Arpi (WP) to the Araz (WP)',
  },
];

export const LAKES: LakeName[] = [
  {
    id: 'lake-sevan',
    name: 'Lake Sevan',
    names: { az: 'Göyçə gölü', hy: 'Սևանա լիճ', ru: 'Севан' },
    kind: 'lake',
    km2: 1242,
    at: [45.35, 40.317],
    basis: 'en.wikipedia "Lake Sevan": 40°19′N 45°21′E',
  },
  {
    id: 'lake-mingachevir',
    name: 'Mingachevir reservoir',
    names: { az: 'Mingəçevir su anbarı', ru: 'Мингечаурское водохранилище' },
    kind: 'reservoir',
    km2: 605,
    at: [47.02778, 40.78889],
    basis: 'en.wikipedia "Mingachevir reservoir": 40°47′20″N 47°01′40″E',
  },
  {
    id: 'lake-shamkir',
    name: 'Shamkir reservoir',
    names: { az: 'Şəmkir su anbarı', ru: 'Шамкирское водохранилище' },
    kind: 'reservoir',
    km2: 116,
    at: [46.07778, 40.9625],
    basis: 'ru.wikipedia "Шамкирское водохранилище": 40°57′45″N 46°04′40″E',
  },
  {
    id: 'lake-sarsang',
    name: 'Sarsang reservoir',
    names: { az: 'Sərsəng su anbarı', hy: 'Սարսանգի ջրամբար', ru: 'Сарсангское водохранилище' },
    kind: 'reservoir',
    km2: 14.2,
    at: [46.61707, 40.1814],
    basis: 'en.wikipedia "Sarsang reservoir": 40°10′53″N 46°37′01″E',
  },
  { id: 'lake-arpi', name: 'Lake Arpi', names: { hy: 'Արփի լիճ', ru: 'Арпи' }, kind: 'lake', km2: 22, at: [43.61667, 41.05], basis: 'en.wikipedia "Lake Arpi": 41°03′N 43°37′E' },
  {
    id: 'lake-akhurian',
    name: 'Akhurian reservoir',
    names: { hy: 'Ախուրյանի ջրամբար', ru: 'Ахурянское водохранилище' },
    kind: 'reservoir',
    km2: 54,
    at: [43.65452, 40.56324],
    basis: 'en.wikipedia "Akhurian Reservoir": 40°33′47.67″N 43°39′16.26″E',
  },
];
