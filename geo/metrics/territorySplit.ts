/**
 * Splits a drawn route line into pieces by territory (Armenia, mainland Azerbaijan, Nakhchivan, or
 * none of them) and sums kilometres per territory. Pure: no DOM, no Node.
 */
import { distance, length, lineIntersect, lineString } from '@turf/turf';
import type { Feature, LineString, Position } from 'geojson';
import type { Territory, Waypoint } from '../schema.ts';
import { declaredTerritory, territoryAt, type Territories } from '../territories.ts';

/** Outside all three territories (in practice Iran or Georgia, where Natural Earth's borders are coarse). */
export type Where = Territory | 'other';

export type KmByTerritory = Record<Where, number>;

/** A stretch of one segment of the line in one territory. */
export interface Piece {
  where: Where;
  /** The segment it lies on: from vertex `segment` to vertex `segment + 1`. */
  segment: number;
  /** Where the piece starts, km from the start of the line. */
  fromKm: number;
  km: number;
}

/** Cuts closer than this (as a fraction of a segment) are the same cut: shared borders give each crossing twice. */
const SAME_CUT = 1e-12;

/** Where `p` falls on segment a→b, as a fraction of it (planar, as the line is drawn and as polygons are tested). */
function fraction(a: Position, b: Position, p: Position): number {
  const dx = b[0]! - a[0]!;
  const dy = b[1]! - a[1]!;
  const t = ((p[0]! - a[0]!) * dx + (p[1]! - a[1]!) * dy) / (dx * dx + dy * dy);
  return Math.min(1, Math.max(0, t));
}

/**
 * The line's pieces in order, at least one per segment. Each segment is cut where it meets any territory boundary and each cut
 * piece is classified by its midpoint. A piece's km is its share of the segment's great-circle length,
 * so the pieces add up to turf's `length` of the whole line exactly (up to rounding of floats).
 * A piece running exactly along a shared border falls to the first territory that holds it in the
 * order of `territories` (armenia, azerbaijan, nakhchivan as territoriesFrom builds it): territoryAt
 * counts a boundary as inside. No drawn route runs on a border; the rule only makes the answer fixed.
 */
export function territoryPieces(line: Feature<LineString>, territories: Territories): Piece[] {
  const coords = line.geometry.coordinates;
  const pieces: Piece[] = [];
  let atKm = 0;
  for (let i = 0; i + 1 < coords.length; i++) {
    const a = coords[i]!;
    const b = coords[i + 1]!;
    const segKm = distance(a, b, { units: 'kilometers' });
    if (segKm === 0) continue;
    const seg = lineString([a, b]);
    const cuts = [0, 1];
    for (const poly of Object.values(territories)) {
      for (const p of lineIntersect(seg, poly).features) cuts.push(fraction(a, b, p.geometry.coordinates));
    }
    cuts.sort((x, y) => x - y);
    for (let k = 0; k + 1 < cuts.length; k++) {
      const t0 = cuts[k]!;
      const t1 = cuts[k + 1]!;
      if (t1 - t0 < SAME_CUT) continue;
      const tm = (t0 + t1) / 2;
      const mid: Position = [a[0]! + (b[0]! - a[0]!) * tm, a[1]! + (b[1]! - a[1]!) * tm];
      const where = territoryAt(territories, mid) ?? 'other';
      pieces.push({ where, segment: i, fromKm: atKm + segKm * t0, km: segKm * (t1 - t0) });
    }
    atKm += segKm;
  }
  return pieces;
}

/** Consecutive pieces in the same territory joined into one (segments no longer kept apart). */
export function mergePieces(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (last && last.where === p.where) last.km += p.km;
    else out.push({ ...p });
  }
  return out;
}

/**
 * Natural Earth's 1:10m borders along the Araz lie a km or two off the river, so roads and railway on
 * the north bank fall outside all three polygons for tens of km (they are in "Iran" on the map only).
 * The check accepts each segment within TERRITORY_TOLERANCE_KM of the territory its waypoints declare;
 * here an 'other' piece is given that declared territory. Pieces inside a territory are left as measured.
 * `waypoints` are the route's; each is a vertex of `line` (as geo/build/lines.ts draws it), with the vertices
 * between two waypoints (the Araz stretches) belonging to the segment they join.
 */
export function resolveOther(pieces: readonly Piece[], waypoints: readonly Waypoint[], line: Feature<LineString>): Piece[] {
  const declared = declaredOfPieces(pieces, waypoints, line);
  return pieces.map((p, i) => {
    const d = declared[i];
    return p.where === 'other' && d ? { ...p, where: d } : p;
  });
}

/** The territory each piece's waypoint leg declares (null where neither end of the leg names one). */
export function declaredOfPieces(pieces: readonly Piece[], waypoints: readonly Waypoint[], line: Feature<LineString>): (Territory | null)[] {
  const leg = legOfVertex(line.geometry.coordinates, waypoints);
  return pieces.map((p) => {
    const k = leg[p.segment] ?? p.segment;
    return declaredTerritory(waypoints[k], waypoints[k + 1]);
  });
}

/** For each vertex of the line, the waypoint leg (k: from waypoint k to k + 1) it starts a segment on. */
function legOfVertex(coords: readonly Position[], waypoints: readonly Waypoint[]): number[] {
  const out: number[] = [];
  let k = 0;
  coords.forEach((c, i) => {
    const next = waypoints[k + 1];
    if (i > 0 && next && c[0] === next.lon && c[1] === next.lat) k++;
    out.push(k);
  });
  return out;
}

export const sumByTerritory = (pieces: readonly Piece[]): KmByTerritory => {
  const km: KmByTerritory = { armenia: 0, azerbaijan: 0, nakhchivan: 0, other: 0 };
  for (const p of pieces) km[p.where] += p.km;
  return km;
};

/** Km along the drawn line in each territory; the four add up to the line's length. */
export const kmByTerritory = (line: Feature<LineString>, territories: Territories): KmByTerritory => sumByTerritory(territoryPieces(line, territories));

/** The line's length, km, as turf measures it (the total the split adds up to). */
export const lineKm = (line: Feature<LineString>): number => length(line, { units: 'kilometers' });
