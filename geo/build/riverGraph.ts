/**
 * The GSHHG river pieces as a graph of vertices, to find a named river as the shortest path between two
 * sourced points on it. Pieces meet at shared vertices (GMT writes the same coordinates on both sides of a
 * bin edge and at confluences). Pure: no GMT here.
 */
import { distance } from '@turf/turf';
import type { Position } from 'geojson';

const key = (p: Position) => `${p[0]!.toFixed(7)},${p[1]!.toFixed(7)}`;

export interface RiverGraph {
  points: Position[];
  /** Neighbours of each vertex with the edge length in km. */
  next: Map<number, { to: number; km: number }[]>;
}

/** `bridges` join pieces across gaps (a reservoir, a short break); they count as edges but are not drawn. */
export function riverGraph(lines: Position[][], bridges: [Position, Position][] = []): RiverGraph {
  const index = new Map<string, number>();
  const points: Position[] = [];
  const next = new Map<number, { to: number; km: number }[]>();
  const id = (p: Position) => {
    const k = key(p);
    let i = index.get(k);
    if (i === undefined) {
      i = points.length;
      index.set(k, i);
      points.push(p);
      next.set(i, []);
    }
    return i;
  };
  for (const line of [...lines, ...bridges]) {
    for (let j = 1; j < line.length; j++) {
      const a = id(line[j - 1]!);
      const b = id(line[j]!);
      if (a === b) continue;
      const km = distance(line[j - 1]!, line[j]!, { units: 'kilometers' });
      next.get(a)!.push({ to: b, km });
      next.get(b)!.push({ to: a, km });
    }
  }
  return { points, next };
}

/** The vertex nearest to `at` (among `only`, if given), with its distance in km. */
export function nearestVertex(g: RiverGraph, at: Position, only?: Set<number>): { i: number; km: number } {
  let best = { i: -1, km: Infinity };
  g.points.forEach((p, i) => {
    if (only && !only.has(i)) return;
    const km = distance(at, p, { units: 'kilometers' });
    if (km < best.km) best = { i, km };
  });
  return best;
}

/** Dijkstra from `from` to `to`; the path's vertices, or null when they are not connected. */
export function shortestPath(g: RiverGraph, from: number, to: number): Position[] | null {
  const dist = new Map<number, number>([[from, 0]]);
  const prev = new Map<number, number>();
  const done = new Set<number>();
  // A plain scan for the next vertex: the graph holds a few thousand vertices, built once per build.
  const open = new Set<number>([from]);
  while (open.size > 0) {
    let u = -1;
    let du = Infinity;
    for (const v of open) if (dist.get(v)! < du) [u, du] = [v, dist.get(v)!];
    open.delete(u);
    if (u === to) break;
    done.add(u);
    for (const { to: v, km } of g.next.get(u)!) {
      if (done.has(v)) continue;
      const dv = du + km;
      if (dv < (dist.get(v) ?? Infinity)) {
        dist.set(v, dv);
        prev.set(v, u);
        open.add(v);
      }
    }
  }
  if (!dist.has(to)) return null;
  const path = [to];
  while (path[0] !== from) path.unshift(prev.get(path[0]!)!);
  return path.map((i) => g.points[i]!);
}

/** The vertices connected to `from`. */
export function reachable(g: RiverGraph, from: number): Set<number> {
  const seen = new Set([from]);
  const stack = [from];
  while (stack.length > 0) {
    for (const { to } of g.next.get(stack.pop()!)!) {
      if (seen.has(to)) continue;
      seen.add(to);
      stack.push(to);
    }
  }
  return seen;
}
