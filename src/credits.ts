/**
 * Credits added to the map's attribution control beside the basemap's own (Natural Earth travels with
 * its style). README.md and the About tab list the same sources.
 */
export const CREDITS: string[] = [
  'Text: T. Dilaver, AVİM Analysis 2021/29 (© AVİM)',
  'Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)',
  'Route points: TravelMapping / OpenStreetMap, Wikipedia',
];
