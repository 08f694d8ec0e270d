/**
 * Credits added to the map's attribution control beside the basemap's own (OpenStreetMap and GSHHG travel
 * with its style). README.md and the About tab list the same sources.
 */
import { BASEMAP_ATTRIBUTION } from './map/basemapStyle.ts';
import { ANALYSIS } from './text/reference.ts';

export const CREDITS: string[] = [
  'Text: T. Dilaver, AVİM Analysis 2021/29 (© AVİM)',
  'Districts, NKAO outline: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain)',
  'Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)',
  'Route points: TravelMapping / OpenStreetMap, Wikipedia',
];

/** The same credits as plain text, for the picture of the view, with the analysis' copyright and address. */
export function creditLines(): string[] {
  const plain = (html: string) => html.replace(/<[^>]*>/g, ''); // our own constants above, not data
  return [...CREDITS, BASEMAP_ATTRIBUTION].map(plain).concat(`Analysis ${ANALYSIS.copyright}: ${ANALYSIS.url}`, 'Map: MapLibre');
}
