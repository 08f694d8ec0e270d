/**
 * The figures the route comparison shows, one record per route, all measured along the drawn line.
 * Pure; nothing is rounded here (rounding is for display).
 */
import type { FeatureCollection, Geometry, LineString } from 'geojson';
import type { Mode, RouteFeature, RouteProps, Waypoint } from '../schema.ts';
import { territoriesFrom, type Territories } from '../territories.ts';
import { crossingsOf, withDeclaredEnds } from './crossings.ts';
import { elevationFigures, type ElevationFigures } from './elevation.ts';
import { lineKm, resolveOther, sumByTerritory, territoryPieces, type KmByTerritory } from './territorySplit.ts';

export interface RouteFigures {
  id: string;
  name: string;
  mode: Mode;
  status: string;
  totalKm: number;
  /** Km per territory polygon; `other` is what falls outside all three (Natural Earth's coarse Araz border). */
  km: KmByTerritory;
  /** The same with each `other` piece given the territory its segment declares (see resolveOther): the figure to show. */
  kmResolved: KmByTerritory;
  /** International crossings, counted on the resolved pieces (Nakhchivan counts as Azerbaijan). */
  crossings: number;
  from: string;
  to: string;
  towns: string[];
  elevation: ElevationFigures;
  basis: string;
}

export const BASIS = 'along the drawn line; elevations at named waypoints (GeoNames dem)';

/**
 * The town a waypoint names, or null for points that name no town. Rule: border points, numbered road
 * points ("E002 waypoint 4"), and points named by road numbers ("M2/M13 junction", "M4 at Lusadzor")
 * name no town; "X junction" / "X, M2 junction" names X, the town the junction serves; any other
 * name is a town or village as written.
 */
export function townOf(w: Pick<Waypoint, 'name' | 'territory'>): string | null {
  if (w.territory === 'border' || /waypoint/i.test(w.name) || /^[A-Z]\d+\b/.test(w.name)) return null;
  const junction = /^(.*?),?\s+(?:[A-Z]\d+\s+)?junction$/i.exec(w.name);
  return junction ? junction[1]! : w.name;
}

export function routeFigures(route: RouteFeature, territories: Territories): RouteFigures {
  const p: RouteProps = route.properties;
  const pieces = territoryPieces(route, territories);
  const resolved = resolveOther(pieces, p.waypoints, route);
  const towns = [...new Set(p.waypoints.map(townOf).filter((t): t is string => t !== null))];
  return {
    id: p.id,
    name: p.name,
    mode: p.mode,
    status: p.status,
    totalKm: lineKm(route),
    km: sumByTerritory(pieces),
    kmResolved: sumByTerritory(resolved),
    crossings: crossingsOf(withDeclaredEnds(resolved, p.waypoints[0]?.territory, p.waypoints[p.waypoints.length - 1]?.territory)),
    from: p.waypoints[0]?.name ?? '',
    to: p.waypoints[p.waypoints.length - 1]?.name ?? '',
    towns,
    elevation: elevationFigures(route, p.waypoints),
    basis: BASIS,
  };
}

// Keyed on the collections themselves: the app loads each once, so the figures are measured once.
const memo = new WeakMap<FeatureCollection<LineString, RouteProps>, WeakMap<FeatureCollection<Geometry>, RouteFigures[]>>();

export function allRouteFigures(routes: FeatureCollection<LineString, RouteProps>, countries: FeatureCollection<Geometry>): RouteFigures[] {
  let byCountries = memo.get(routes);
  if (!byCountries) memo.set(routes, (byCountries = new WeakMap()));
  let figures = byCountries.get(countries);
  if (!figures) {
    const territories = territoriesFrom(countries);
    figures = routes.features.map((r) => routeFigures(r, territories));
    byCountries.set(countries, figures);
  }
  return figures;
}
