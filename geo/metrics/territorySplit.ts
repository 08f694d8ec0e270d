/**
 * Splits a drawn route line into pieces by territory (Armenia, mainland Azerbaijan, Nakhchivan, or
 * none of them) and sums kilometres per territory. Pure: no DOM, no Node.
 */
import { distance, length } from '@turf/turf';
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

/** Every territory's edges, four numbers each (x1, y1, x2, y2), gathered once per territories object. */
const edgeCache = new WeakMap<Territories, Float64Array>();
function edgesOf(territories: Territories): Float64Array {
  let edges = edgeCache.get(territories);
  if (!edges) {
    const xs: number[] = [];
    for (const poly of Object.values(territories))
      for (const ring of poly.geometry.coordinates.flat()) for (let i = 0; i + 1 < ring.length; i++) xs.push(ring[i]![0]!, ring[i]![1]!, ring[i + 1]![0]!, ring[i + 1]![1]!);
    edges = Float64Array.from(xs);
    edgeCache.set(territories, edges);
  }
  return edges;
}

/**
 * Where segment a→b meets a territory edge, as fractions of a→b (planar, as the line is drawn and as
 * polygons are tested). A plain scan with a box test: turf's lineIntersect builds a spatial index of
 * the polygons on every call, which made splitting a route take a second.
 */
function edgeCuts(a: Position, b: Position, edges: Float64Array): number[] {
  const [x1, y1] = [a[0]!, a[1]!];
  const [dx, dy] = [b[0]! - x1, b[1]! - y1];
  const [minX, maxX, minY, maxY] = [Math.min(x1, b[0]!), Math.max(x1, b[0]!), Math.min(y1, b[1]!), Math.max(y1, b[1]!)];
  const cuts: number[] = [];
  for (let k = 0; k < edges.length; k += 4) {
    const [x3, y3, x4, y4] = [edges[k]!, edges[k + 1]!, edges[k + 2]!, edges[k + 3]!];
    if (Math.max(x3, x4) < minX || Math.min(x3, x4) > maxX || Math.max(y3, y4) < minY || Math.min(y3, y4) > maxY) continue;
    const [ex, ey] = [x4 - x3, y4 - y3];
    const denom = ey * dx - ex * dy;
    if (denom === 0) continue; // parallel: no single crossing point
    const t = (ex * (y1 - y3) - ey * (x1 - x3)) / denom;
    const u = (dx * (y1 - y3) - dy * (x1 - x3)) / denom;
    if (t >= 0 && t <= 1 && u >= 0 && u <= 1) cuts.push(t);
  }
  return cuts;
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
  const edges = edgesOf(territories);
  const pieces: Piece[] = [];
  let atKm = 0;
  for (let i = 0; i + 1 < coords.length; i++) {
    const a = coords[i]!;
    const b = coords[i + 1]!;
    const segKm = distance(a, b, { units: 'kilometers' });
    if (segKm === 0) continue;
    const cuts = [0, 1, ...edgeCuts(a, b, edges)].sort((x, y) => x - y);
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
