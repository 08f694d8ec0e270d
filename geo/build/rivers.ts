/**
 * Rivers from GSHHG's WDBII river set (`gmt coast -Df -Ia`, LGPL) in DATA_BBOX. The named rivers of
 * waterNames.ts are the shortest path through the river pieces between two sourced points on each;
 * the rest are drawn unnamed. WDBII breaks where a river enters a lake or reservoir and at a few short gaps:
 * the path may bridge those (not drawn), and the accuracy table says how far it bridged.
 */
import { distance, length, lineString, multiLineString, pointToPolygonDistance } from '@turf/turf';
import type { Feature, MultiLineString, Polygon, Position } from 'geojson';
import { DATA_BBOX } from '../region.ts';
import { GSHHG, joinPieces, riverPieces } from './gshhg.ts';
import { nearestVertex, reachable, riverGraph, shortestPath } from './riverGraph.ts';
import { RIVERS } from './waterNames.ts';
import type { AccuracyRow } from './accuracyRow.ts';

const RIVERS_SOURCE = `WDBII rivers in ${GSHHG} (LGPL)`;
/** A line's end joins another line this close (WDBII leaves breaks of a few hundred metres). */
const GAP_KM = 2;
/** Two line ends this close to the same lake join through it (the Kura stops 15 km short of Mingachevir's OSM outline). */
const LAKE_GAP_KM = 20;

const km = (a: Position, b: Position) => distance(a, b, { units: 'kilometers' });
const edge = (a: Position, b: Position) => `${a.join()}|${b.join()}`;

/** Bridges across the gaps: end to nearest vertex of another line, and (with `lakes`) end to end through a lake. */
function gapBridges(lines: Position[][], lakes: Polygon[]): [Position, Position][] {
  const bridges: [Position, Position][] = [];
  const ends = lines.flatMap((l, i) => [l[0]!, l[l.length - 1]!].map((p) => ({ p, i })));
  for (const end of ends) {
    let best: { p: Position; km: number } | undefined;
    lines.forEach((l, i) => {
      if (i === end.i) return;
      for (const p of l) if (km(end.p, p) < (best?.km ?? GAP_KM)) best = { p, km: km(end.p, p) };
    });
    if (best && best.km > 0) bridges.push([end.p, best.p]);
  }
  for (const lake of lakes) {
    const near = ends.filter((e) => pointToPolygonDistance(e.p, lake, { units: 'kilometers' }) <= LAKE_GAP_KM);
    for (let a = 0; a < near.length; a++) for (let b = a + 1; b < near.length; b++) if (near[a]!.i !== near[b]!.i) bridges.push([near[a]!.p, near[b]!.p]);
  }
  return bridges;
}

export interface Rivers {
  features: Feature<MultiLineString>[];
  rows: AccuracyRow[];
}

export function readRivers(lakes: Polygon[]): Rivers {
  const lines = joinPieces(riverPieces(DATA_BBOX).map((p) => p.coords));
  const bridges = gapBridges(lines, lakes);
  const graphs = { lakes: riverGraph(lines, bridges), gaps: riverGraph(lines, gapBridges(lines, [])) };
  const bridged = new Set(bridges.flatMap(([a, b]) => [edge(a, b), edge(b, a)]));
  const named = new Set<string>();
  const rows: AccuracyRow[] = [];

  const features: Feature<MultiLineString>[] = RIVERS.map((r) => {
    const g = r.throughLakes === false ? graphs.gaps : graphs.lakes;
    const a = nearestVertex(g, r.from);
    // Where GSHHG's river does not reach the sourced end, it ends at its point nearest to it.
    const b = nearestVertex(g, r.to, reachable(g, a.i));
    const path = shortestPath(g, a.i, b.i);
    if (!path) throw new Error(`rivers: no GSHHG path for ${r.name}`);
    const runs: Position[][] = [[path[0]!]];
    let gapKm = 0;
    for (let k = 1; k < path.length; k++) {
      const [p, q] = [path[k - 1]!, path[k]!];
      if (bridged.has(edge(p, q)) && !named.has(edge(p, q))) {
        gapKm += km(p, q);
        runs.push([q]);
      } else {
        runs[runs.length - 1]!.push(q);
        named.add(edge(p, q)).add(edge(q, p));
      }
    }
    const drawn = runs.filter((run) => run.length > 1);
    const drawnKm = drawn.reduce((s, run) => s + length(lineString(run)), 0);
    rows.push({
      layer: `River: ${r.name}`,
      reference: r.basis,
      measure: 'Sourced ends to GSHHG (km); length drawn; gaps bridged',
      value: `${a.km.toFixed(1)} / ${b.km.toFixed(1)} km; ${Math.round(drawnKm).toLocaleString('en-GB')} km; ${gapKm.toFixed(1)} km`,
    });
    return multiLineString(drawn, { id: r.id, name: r.name, names: r.names, source: RIVERS_SOURCE, basis: r.basis });
  });

  // Every other river, as the runs of its lines that no named river took.
  const rest: Position[][] = [];
  for (const line of lines) {
    let run: Position[] = [line[0]!];
    for (let k = 1; k < line.length; k++) {
      if (named.has(edge(line[k - 1]!, line[k]!))) {
        if (run.length > 1) rest.push(run);
        run = [line[k]!];
      } else run.push(line[k]!);
    }
    if (run.length > 1) rest.push(run);
  }
  features.push(multiLineString(rest, { id: 'rivers-other', source: RIVERS_SOURCE }));
  return { features, rows };
}
