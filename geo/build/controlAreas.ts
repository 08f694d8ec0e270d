/**
 * The areas that say who held what, derived once and shared by the districts and peacekeeping builders:
 * the 1994 ceasefire line (Natural Earth, qgis-common), the former NKAO outline, the line of contact of
 * 10 Nov 2020 (geo/lines/contactLine.ts) and the Lachin corridor (statement art. 6).
 */
import { bearing, buffer, destination, difference, distance, featureCollection, intersect, lineString, midpoint, point, polygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { QGIS_WORLD_MAP, chainOpen, readSegments } from './disputedBorders.ts';
import { readNkaoOutline } from './nkao.ts';
import { CORRIDOR_FROM_INDEX, CORRIDOR_HALF_WIDTH_KM, CORRIDOR_ROAD, ROAD_STRIP_HALF_WIDTH_KM, type LinePoint } from '../lines/peacekeeping.ts';
import { NORTH_PAIRS, NORTH_VILLAGES, SOUTH_PAIRS, SOUTH_ROAD_POINTS, type AnchorPair } from '../lines/contactLine.ts';

export type Area = Feature<Polygon | MultiPolygon>;

const CEASEFIRE_NAME = 'Ceasefire Line 1994';
/** How far the northern line is drawn either side of its anchor, enough to cross the NKAO's northern lobe. */
const NORTH_LINE_HALF_LENGTH_KM = 30;

const km = { units: 'kilometers' } as const;

export interface ControlAreas {
  /** The ceasefire line of 1994, north (Murovdag) to south (the Araz near Horadiz). */
  ceasefireLine: Position[];
  /** Everything west of the ceasefire line: the side held by Armenian forces from 1994 to 2020. */
  westOfCeasefire: Area;
  nkao: Area;
  /** NKAO ground taken in the fighting: south (Hadrut, Shusha) and north (Talish, Sukovuşan). */
  takenSouth: Area;
  takenNorth: Area;
  corridor: Area;
  /** The road strip kept in the corridor where it crosses ground taken in the fighting. */
  roadStrip: Area;
  /** Each anchor of the contact line with its uncertainty (half the distance between its pair). */
  anchors: { name: string; position: Position; precisionKm: number }[];
}

const must = <T>(v: T | null | undefined, what: string): T => {
  if (v === null || v === undefined) throw new Error(`control areas: ${what} is empty`);
  return v;
};
export const minus = (a: Area, ...b: Area[]): Area | null => (b.length === 0 ? a : difference(featureCollection([a, ...b])));
export const both = (a: Area, b: Area): Area | null => intersect(featureCollection([a, b]));

/** The ceasefire line, oriented north to south. */
export function readCeasefireLine(gpkg = QGIS_WORLD_MAP): Position[] {
  const line = chainOpen(readSegments(gpkg, CEASEFIRE_NAME), CEASEFIRE_NAME);
  return line[0]![1]! > line[line.length - 1]![1]! ? line : [...line].reverse();
}

/**
 * The side west of the line: closed through Iran and Armenia, which no district reaches, so only the
 * line itself cuts the districts. Its north end meets the Armenian border, its south end the Araz.
 */
function westOf(line: Position[]): Area {
  const [first, last] = [line[0]!, line[line.length - 1]!];
  return polygon([[...line, [last[0]!, 38.0], [44.5, 38.0], [44.5, first[1]! + 0.08], first]]);
}

const anchorOf = (p: AnchorPair) => {
  const a = point([p.taken.lon, p.taken.lat]);
  const b = point([p.held.lon, p.held.lat]);
  return { name: `midway ${p.taken.name} – ${p.held.name}`, position: midpoint(a, b).geometry.coordinates, precisionKm: distance(a, b, km) / 2 };
};

const at = (p: LinePoint): Position => [p.lon, p.lat];

const cache = new Map<string, ControlAreas>();

/** Computed once per build (both the districts and the peacekeeping builders need it). */
export function controlAreas(gpkg = QGIS_WORLD_MAP): ControlAreas {
  const hit = cache.get(gpkg);
  if (hit) return hit;
  const c = computeControlAreas(gpkg);
  cache.set(gpkg, c);
  return c;
}

function computeControlAreas(gpkg: string): ControlAreas {
  const ceasefireLine = readCeasefireLine(gpkg);
  const westOfCeasefire = westOf(ceasefireLine);
  const nkao: Area = { type: 'Feature', properties: {}, geometry: readNkaoOutline(gpkg) };
  const heldIn1994 = must(both(nkao, westOfCeasefire), 'NKAO west of the ceasefire line');

  const south = SOUTH_PAIRS.map(anchorOf);
  const southLine = [...SOUTH_ROAD_POINTS.map(at), ...south.map((a) => a.position)];
  const [sw, se] = [southLine[0]!, southLine[southLine.length - 1]!];
  const eastEnd: Position = [47.45, se[1]!];
  const southSide = polygon([[...southLine, eastEnd, [eastEnd[0]!, 38.9], [sw[0]! - 0.15, 38.9], sw]]);

  const north = NORTH_PAIRS.map((p) => {
    const a = anchorOf(p);
    const b = bearing(point([p.taken.lon, p.taken.lat]), point([p.held.lon, p.held.lat]));
    const ends = [b - 90, b + 90].map((d) => destination(a.position, NORTH_LINE_HALF_LENGTH_KM, d, km).geometry.coordinates);
    return { anchor: a, ends };
  });
  const [n0, n1] = north[0]!.ends as [Position, Position];
  const [w, e] = n0[0]! < n1[0]! ? [n0, n1] : [n1, n0];
  const northSide = polygon([[w, e, [e[0]!, 41.0], [w[0]!, 41.0], w]]);

  const road = lineString(CORRIDOR_ROAD.slice(CORRIDOR_FROM_INDEX).map(at));
  const roadStrip = must<Area>(buffer(road, ROAD_STRIP_HALF_WIDTH_KM, km), 'road strip');
  const corridorBuffer = must<Area>(buffer(road, CORRIDOR_HALF_WIDTH_KM, km), 'corridor buffer');
  const takenSouth = must(minus(must(both(heldIn1994, southSide), 'NKAO south of the contact line'), roadStrip), 'taken south');
  // Only the two villages' surroundings were taken in the north: the ground within the anchor's
  // uncertainty of the line joining them, north of the midway line.
  const villages = lineString(NORTH_VILLAGES.map(at));
  const near = must<Area>(buffer(villages, north[0]!.anchor.precisionKm, km), 'north villages buffer');
  const takenNorth = must(both(must(both(heldIn1994, northSide), 'NKAO north of the contact line'), near), 'taken north');
  const corridor = must(minus(corridorBuffer, takenSouth), 'corridor');

  return {
    ceasefireLine,
    westOfCeasefire,
    nkao,
    takenSouth,
    takenNorth,
    corridor,
    roadStrip,
    anchors: [...south, ...north.map((n) => n.anchor)],
  };
}
