/**
 * The licences that travel with exported data. A feature's licences follow from its `source` (every
 * feature names where its geometry comes from); the analysis' copyright covers the quotations.
 */
import { ANALYSIS } from '../text/reference.ts';

export interface Licence {
  /** SPDX identifier where there is one. */
  id: string;
  name: string;
  url: string;
  /** The credit the licence asks for. */
  attribution: string;
  appliesTo: string;
}

interface GeometryLicence extends Licence {
  /** A feature's `source` naming this matches. */
  match: RegExp;
}

export const GEOMETRY_LICENCES: GeometryLicence[] = [
  {
    id: 'ODbL-1.0',
    name: 'Open Database License 1.0',
    url: 'https://opendatacommons.org/licenses/odbl/1-0/',
    attribution: '© OpenStreetMap contributors',
    appliesTo: 'Geometry traced from OpenStreetMap (TravelMapping highway data): features whose source names OpenStreetMap',
    match: /OpenStreetMap/,
  },
  {
    id: 'CC-BY-4.0',
    name: 'Creative Commons Attribution 4.0 International',
    url: 'https://creativecommons.org/licenses/by/4.0/',
    attribution: 'GeoNames (https://www.geonames.org/)',
    appliesTo: 'Positions from GeoNames: features whose source names GeoNames',
    match: /GeoNames/,
  },
  {
    id: 'LGPL-3.0-or-later',
    name: 'GNU Lesser General Public License 3 or later',
    url: 'https://www.soest.hawaii.edu/pwessel/gshhg/',
    attribution: 'GSHHG (P. Wessel, W. H. F. Smith)',
    appliesTo: 'Shorelines and rivers from GSHHG: features whose source names GSHHG',
    match: /GSHHG/,
  },
  {
    id: 'public-domain',
    name: 'Public domain (Natural Earth)',
    url: 'https://www.naturalearthdata.com/about/terms-of-use/',
    attribution: 'Made with Natural Earth',
    appliesTo: 'Geometry from Natural Earth: features whose source names Natural Earth',
    match: /Natural Earth/,
  },
];

export const QUOTATION_LICENCE: Licence = {
  id: 'LicenseRef-AVIM-quoted',
  name: `${ANALYSIS.copyright}; quoted word for word with attribution`,
  url: ANALYSIS.url,
  attribution: `${ANALYSIS.author}, “${ANALYSIS.title}”, ${ANALYSIS.publisher}, ${ANALYSIS.series}`,
  appliesTo: 'The quotations (properties.quotations) and the analysis they are taken from',
};

/** The ids of the licences a feature's geometry falls under, from the source it names. */
export function licencesOf(source: string): string[] {
  return GEOMETRY_LICENCES.filter((l) => l.match.test(source)).map((l) => l.id);
}

/** The licences as they go into a file: without the matching rule. */
export const asWritten = ({ id, name, url, attribution, appliesTo }: Licence): Licence => ({ id, name, url, attribution, appliesTo });
