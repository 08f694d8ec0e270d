/**
 * Credits added to the map's attribution control beside those the sources carry themselves
 * (the basemap's Natural Earth credit travels with its style). README.md lists the same sources.
 */
export const CREDITS: string[] = [];
