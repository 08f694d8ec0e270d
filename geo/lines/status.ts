/** Status lines shared by the road routes (facts.md §2(d): the border has been shut since the early 1990s). */
export const ROAD_STATUS_NOV_2021 =
  'Closed (Nov 2021): the Armenia–Azerbaijan border has been shut to traffic since the early 1990s; the route was among those the trilateral working group was considering.';

/** Where the analysis' own quotes for a route come from: its label plus the sentence listing all routes. */
export const routeQuotes = (own: string): string[] => [own, 'q-routes'];
