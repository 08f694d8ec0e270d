/**
 * Two rules on the routes as drawn (issue #8), measured the same way for geo:check and for the accuracy
 * table the build writes (geo/build/routeAccuracy.ts):
 * - at most 1% of a route's length lies outside the territories its waypoints declare, on the basemap;
 * - each railway section is within ±5% of its stations' kilometre posts (facts.md §2(e)).
 * Where the data cannot meet a rule yet, the deviation is recorded in KNOWN_DEVIATIONS with why and a
 * ceiling (the measured value, rounded up to the next percent): the check fails when it grows past its
 * ceiling, and also once it is within the rule, so a record is removed rather than left to hide a later fault.
 */
import { length, lineSlice, point } from '@turf/turf';
import type { RouteFeature } from '../schema.ts';
import type { Territories } from '../territories.ts';
import { declaredOfPieces, territoryPieces } from '../metrics/territorySplit.ts';
import { RAILWAY_KM_POSTS, type KmPost, type RailwayPart } from '../lines/yeraskhHoradizRailway.ts';
import type { Problem } from './problem.ts';
import { memoByText, memoByTextPer } from './memo.ts';

export const OUTSIDE_SHARE_MAX = 0.01;
export const SECTION_TOLERANCE = 0.05;
const RAILWAY = 'yeraskh-horadiz-railway';
/** How a key of the outside rule starts (`outside <route id>`); the section keys all belong to the railway. */
const OUTSIDE = 'outside ';

export interface KnownDeviation {
  /** The largest share (outside) or relative difference (section) the record allows. */
  ceiling: number;
  why: string;
}

const STATIONS = 'stations are drawn at town points, 1–3 km from the tracks: facts.md has no verified station coordinates';
const BANK = 'the line follows the OpenStreetMap Araz border set back 0.8 km, longer than the track where it cuts the bends';
/** Keyed as `outside <route id>` and `section <line>: <from> → <to>`. */
export const KNOWN_DEVIATIONS: Record<string, KnownDeviation> = {
  'section Yerevan–Julfa line: Yeraskh (Arazdəyən) → Julfa (Culfa)': { ceiling: 0.06, why: BANK },
  'section Ələt–Culfa line: Julfa (Culfa) → Ordubad': { ceiling: 0.17, why: BANK },
  'section Ələt–Culfa line: Ağbənd (Aghband) → Horadiz': { ceiling: 0.07, why: BANK },
  'section Yerevan–Julfa line: Yeraskh (Arazdəyən) → Sadarak (Sədərək)': { ceiling: 0.23, why: STATIONS },
  'section Yerevan–Julfa line: Sadarak (Sədərək) → Sharur (Şərur)': { ceiling: 0.08, why: STATIONS },
  'section Yerevan–Julfa line: Sharur (Şərur) → Qıvraq': { ceiling: 0.15, why: STATIONS },
  'section Yerevan–Julfa line: Qıvraq → Nakhchivan (city)': { ceiling: 0.1, why: STATIONS },
  'section Ələt–Culfa line: Julfa (Culfa) → Yaycı': { ceiling: 0.15, why: STATIONS },
  'section Ələt–Culfa line: Yaycı → Dəstə': { ceiling: 0.17, why: STATIONS },
  'section Ələt–Culfa line: Dəstə → Ordubad': { ceiling: 0.78, why: STATIONS },
  'section Ələt–Culfa line: Ordubad → Meghri (Mehri)': { ceiling: 0.23, why: STATIONS },
  'section Ələt–Culfa line: Meghri (Mehri) → Shvanidzor': { ceiling: 0.31, why: STATIONS },
  'section Ələt–Culfa line: Shvanidzor → Nrnadzor': { ceiling: 0.22, why: STATIONS },
  'section Ələt–Culfa line: Nrnadzor → Ağbənd (Aghband)': { ceiling: 0.66, why: STATIONS },
  'section Ələt–Culfa line: Ağbənd (Aghband) → Mincivan': { ceiling: 0.1, why: STATIONS },
  'section Ələt–Culfa line: Soltanlı (at the E002 road point) → Horadiz': {
    ceiling: 0.21,
    why: 'Soltanlı is the E002 road point at the village (no station coordinate), and the line joins the set-back Araz border to Horadiz',
  },
};

/** One measured quantity of a route, with the rule it is held to. */
export interface RouteMeasure {
  rule: 'outside' | 'section';
  key: string;
  feature: string;
  /** What is measured, in words ("Ijevan–Gazakh road", "Ələt–Culfa line: Julfa (Culfa) → Ordubad"). */
  what: string;
  /** The deviation the rule limits: a share of the length, or a relative difference (signed). */
  deviation: number;
  limit: number;
  /** What it is measured against, and the measured value, as the accuracy table and the problems print them. */
  reference: string;
  value: string;
  /** Set when the section names a station the line has no waypoint for. */
  missing?: string;
}

const km = { units: 'kilometers' } as const;
const signedPct = (x: number) => `${x >= 0 ? '+' : ''}${Math.round(x * 100)}%`;

/** Km of the line whose territory is not the one its waypoint leg declares. */
function kmOutsideDeclared(route: RouteFeature, territories: Territories): number {
  const pieces = territoryPieces(route, territories);
  const declared = declaredOfPieces(pieces, route.properties.waypoints, route);
  return pieces.reduce((sum, p, i) => (declared[i] && p.where !== declared[i] ? sum + p.km : sum), 0);
}

/** Splitting a line by territory is the costly step: remembered per line, for each set of territories. */
const outsideMemo = memoByTextPer<Territories, number>(64);
function outsideKm(route: RouteFeature, territories: Territories): number {
  return outsideMemo(territories)(JSON.stringify([route.geometry, route.properties.waypoints]), () => kmOutsideDeclared(route, territories));
}

function outsideMeasure(route: RouteFeature, territories: Territories): RouteMeasure {
  const total = length(route, km);
  const off = outsideKm(route, territories);
  return {
    rule: 'outside',
    key: `${OUTSIDE}${route.properties.id}`,
    feature: route.properties.id,
    what: route.properties.name,
    deviation: total > 0 ? off / total : 0,
    limit: OUTSIDE_SHARE_MAX,
    reference: 'Territories its waypoints declare, on the basemap (OpenStreetMap)',
    value: `${off.toFixed(1)} km of ${total.toFixed(0)} km (${((off / (total || 1)) * 100).toFixed(1)}%) outside`,
  };
}

function sectionMeasures(railway: RouteFeature, line: string, posts: readonly KmPost[]): RouteMeasure[] {
  const at = (name: string) => railway.properties.waypoints.find((w) => w.name === name);
  const out: RouteMeasure[] = [];
  for (let i = 0; i + 1 < posts.length; i++) {
    const [a, b] = [posts[i]!, posts[i + 1]!];
    const what = `${line}: ${a.station} → ${b.station}`;
    const ref = Math.abs(b.km - a.km);
    const reference = `Kilometre posts (DE-R, facts.md §2(e)): km ${a.km} → ${b.km}, ${ref.toFixed(1)} km`;
    const base = { rule: 'section' as const, key: `section ${what}`, feature: railway.properties.id, what, limit: SECTION_TOLERANCE, reference };
    const [wa, wb] = [at(a.station), at(b.station)];
    if (!wa || !wb) {
      out.push({ ...base, deviation: 0, value: 'not measured', missing: (wa ? b : a).station });
      continue;
    }
    const drawn = length(lineSlice(point([wa.lon, wa.lat]), point([wb.lon, wb.lat]), railway), km);
    out.push({ ...base, deviation: drawn / ref - 1, value: `${drawn.toFixed(1)} km along the line (${signedPct(drawn / ref - 1)})` });
  }
  return out;
}

/** Every measure of the two rules: each route's share outside, then the railway's main stretches, then its station sections. */
export function routeMeasures(routes: readonly RouteFeature[], territories: Territories, parts: readonly RailwayPart[] = RAILWAY_KM_POSTS): RouteMeasure[] {
  const measures = routes.map((r) => outsideMeasure(r, territories));
  const railway = routes.find((r) => r.properties.id === RAILWAY);
  if (!railway) return measures;
  return [...measures, ...sectionsMemo(JSON.stringify([railway.geometry, railway.properties.waypoints, parts]), () => allSections(railway, parts))];
}

/** Slicing the railway at its stations is the other costly step (the check runs a thousand times in the property tests). */
const sectionsMemo = memoByText<RouteMeasure[]>(64);
function allSections(railway: RouteFeature, parts: readonly RailwayPart[]): RouteMeasure[] {
  const stretches = parts.flatMap((part) =>
    sectionMeasures(
      railway,
      part.line,
      part.stations.filter((s) => part.stretchEnds.includes(s.station)),
    ),
  );
  return [...stretches, ...parts.flatMap((part) => sectionMeasures(railway, part.line, part.stations))];
}

/** How a measure stands against its rule: within it, within a recorded ceiling, or a fault. */
export function verdict(m: RouteMeasure, known: Record<string, KnownDeviation> = KNOWN_DEVIATIONS): { ok: boolean; text: string } {
  const record = known[m.key];
  const within = Math.abs(m.deviation) <= m.limit;
  const rule = m.rule === 'outside' ? `at most ${m.limit * 100}% outside` : `within ±${m.limit * 100}%`;
  if (m.missing) return { ok: false, text: `names station "${m.missing}", which is not a waypoint of the line` };
  if (within && record) return { ok: false, text: `is now ${rule}: remove its record from KNOWN_DEVIATIONS (geo/check/routeRules.ts)` };
  if (within) return { ok: true, text: `meets the rule (${rule})` };
  if (record && Math.abs(m.deviation) <= record.ceiling) return { ok: true, text: `outside the rule (${rule}), recorded up to ${Math.round(record.ceiling * 100)}%: ${record.why}` };
  return { ok: false, text: `is not ${rule}${record ? `, nor within its recorded ${Math.round(record.ceiling * 100)}%` : ''}` };
}

/** The route a record is about, from its key. */
const recordFeature = (key: string) => (key.startsWith(OUTSIDE) ? key.slice(OUTSIDE.length) : RAILWAY);

export function checkRouteRules(
  file: string,
  routes: readonly RouteFeature[],
  territories: Territories,
  out: Problem[],
  parts?: readonly RailwayPart[],
  known: Record<string, KnownDeviation> = KNOWN_DEVIATIONS,
): void {
  const measures = routeMeasures(routes, territories, parts);
  for (const m of measures) {
    const v = verdict(m, known);
    if (!v.ok) out.push({ file, feature: m.feature, message: `${m.rule === 'outside' ? 'length' : `section ${m.what}`}: ${m.value} against ${m.reference}; ${v.text}` });
  }
  // A record whose section or route is no longer measured (a station renamed, a section split) would only mislead.
  const measured = new Set(measures.map((m) => m.key));
  const present = new Set(routes.map((r) => r.properties.id));
  for (const key of Object.keys(known)) {
    const feature = recordFeature(key);
    if (present.has(feature) && !measured.has(key)) out.push({ file, feature, message: `KNOWN_DEVIATIONS records "${key}", which is not measured: remove the record` });
  }
}
