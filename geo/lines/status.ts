/** Status lines shared by the road routes (facts.md §2(d): the border has been shut since the early 1990s). */
export const ROAD_STATUS_NOV_2021 =
  'Closed (Nov 2021): the Armenia–Azerbaijan border has been shut to traffic since the early 1990s; the route was among those the trilateral working group was considering.';

/** A route's quotes: the whole sentence listing all routes first (the popup opens on it; a reader needs the
 *  sentence, not a bare label), then the route's own label within it. */
export const routeQuotes = (own: string): string[] => ['q-routes', own];
