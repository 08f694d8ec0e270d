/**
 * The three territories routes are measured against, cut from the basemap's country polygons:
 * Armenia, mainland Azerbaijan and Nakhchivan (Azerbaijan's exclave, told apart by the part that
 * holds Nakhchivan city). Pure: takes the countries collection, returns polygons.
 */
import { booleanPointInPolygon, multiPolygon, point } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { Territory, Waypoint } from './schema.ts';

export type Territories = Record<Territory, Feature<MultiPolygon>>;

/**
 * Natural Earth 1:10m borders are off by a few km here (the TravelMapping border point at Aghband lies
 * 2.4 km from its Armenia polygon): a segment may stray this far over the border it declares.
 */
export const TERRITORY_TOLERANCE_KM = 3;

/** Nakhchivan city (GN 147429): the Azerbaijani part holding it is the exclave. */
const NAKHCHIVAN_CITY: Position = [45.4122, 39.2089];

const partsOf = (g: Polygon | MultiPolygon): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

export function territoriesFrom(countries: FeatureCollection<Geometry>): Territories {
  const byId = (id: string) => {
    const f = countries.features.find((c) => c.properties?.id === id);
    if (!f || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) {
      throw new Error(`data/basemap/countries.geojson › ${id}: missing, or not a polygon`);
    }
    return partsOf(f.geometry);
  };
  const az = byId('azerbaijan');
  const holdsCity = (p: Position[][]) => booleanPointInPolygon(point(NAKHCHIVAN_CITY), { type: 'Polygon', coordinates: p });
  return {
    armenia: multiPolygon(byId('armenia'), { territory: 'armenia' }),
    azerbaijan: multiPolygon(
      az.filter((p) => !holdsCity(p)),
      { territory: 'azerbaijan' },
    ),
    nakhchivan: multiPolygon(az.filter(holdsCity), { territory: 'nakhchivan' }),
  };
}

/** Which territory a point lies in, or null outside all three. */
export function territoryAt(territories: Territories, at: Position): Territory | null {
  const p = point(at);
  for (const [name, poly] of Object.entries(territories) as [Territory, Feature<MultiPolygon>][]) {
    if (booleanPointInPolygon(p, poly)) return name;
  }
  return null;
}

/** The territory a route segment declares: its ends' territory, a 'border' end taking the other end's. */
export function declaredTerritory(a: Waypoint | undefined, b: Waypoint | undefined): Territory | null {
  if (a && a.territory !== 'border') return a.territory;
  return b && b.territory !== 'border' ? b.territory : null;
}
