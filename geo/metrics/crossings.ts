/**
 * International border crossings along a line, counted from its territory pieces. Pure.
 */
import type { Feature, LineString } from 'geojson';
import { TERRITORY_TOLERANCE_KM } from '../territories.ts';
import type { Territories } from '../territories.ts';
import { mergePieces, territoryPieces, type Piece, type Where } from './territorySplit.ts';

/** Nakhchivan is part of Azerbaijan: passing between the two is no international crossing. */
const countryOf = (w: Where): string => (w === 'nakhchivan' ? 'azerbaijan' : w);

/**
 * The number of times the line changes country. Border noise is dropped first, with the tolerance
 * the check gives drawn lines against Natural Earth's coarse borders:
 * - 'other' pieces (outside all three territories) shorter than `toleranceKm`;
 * - out-and-back excursions shorter than `toleranceKm` (A, short B, A), e.g. a straight segment
 *   clipping a corner of the neighbour. A short B between two different territories is kept: going
 *   from Azerbaijan to Nakhchivan through Armenia is two crossings however short the Armenian part.
 * A longer 'other' piece counts as a foreign country (none of the five routes has one once
 * `resolveOther` has been applied).
 */
export function crossingsOf(pieces: readonly Piece[], toleranceKm: number = TERRITORY_TOLERANCE_KM): number {
  let runs = mergePieces(pieces.filter((p) => p.where !== 'other' || p.km >= toleranceKm));
  for (;;) {
    const i = runs.findIndex((p, k) => k > 0 && k + 1 < runs.length && p.km < toleranceKm && runs[k - 1]!.where === runs[k + 1]!.where);
    if (i < 0) break;
    runs = mergePieces(runs.filter((_, k) => k !== i));
  }
  let n = 0;
  for (let k = 1; k < runs.length; k++) if (countryOf(runs[k]!.where) !== countryOf(runs[k - 1]!.where)) n++;
  return n;
}

/**
 * The pieces with the territories the end waypoints declare added as empty runs where the line's first
 * or last piece lies elsewhere: a route that starts at a station in Armenia starts in Armenia, even where
 * the station's coordinate (a village centre) falls a few hundred metres over a border (Yeraskh lies
 * 0.12 km inside Nakhchivan on OpenStreetMap's border). geo:check keeps each waypoint within
 * TERRITORY_TOLERANCE_KM of the territory it declares.
 */
export function withDeclaredEnds(pieces: readonly Piece[], first: Where | 'border' | undefined, last: Where | 'border' | undefined): Piece[] {
  const out = [...pieces];
  const head = out[0];
  const tail = out[out.length - 1];
  if (head && first && first !== 'border' && head.where !== first) out.unshift({ where: first, segment: head.segment, fromKm: 0, km: 0 });
  if (tail && last && last !== 'border' && tail.where !== last) out.push({ where: last, segment: tail.segment, fromKm: tail.fromKm + tail.km, km: 0 });
  return out;
}

/** Border crossings along a line measured against the territory polygons alone. */
export const borderCrossings = (line: Feature<LineString>, territories: Territories, toleranceKm?: number): number => crossingsOf(territoryPieces(line, territories), toleranceKm);
