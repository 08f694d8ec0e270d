import { describe, expect, it } from 'vitest';
import { length, lineString } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import { checkData } from '../../geo/check/index.ts';
import { formatProblem, type Problem } from '../../geo/check/problem.ts';
import { checkRouteRules } from '../../geo/check/routeRules.ts';
import type { RailwayPart } from '../../geo/lines/yeraskhHoradizRailway.ts';
import { FILES } from '../../geo/schema.ts';
import { parseFile } from '../../geo/parse.ts';
import { territoriesFrom } from '../../geo/territories.ts';
import { propsOf, validFiles, ROUTE_WAYPOINTS } from './checkFixture.ts';

const ROUTE = 'data/routes.geojson › horadiz-meghri';
const countries = validFiles()[FILES.countries.file] as FeatureCollection;

/** The fixture's route with waypoint `name` moved by `dLat` degrees, its line redrawn through the waypoints. */
function moved(name: string, dLat: number): Record<string, unknown> {
  const files = validFiles();
  const props = propsOf(files, FILES.routes.file) as { waypoints: typeof ROUTE_WAYPOINTS };
  props.waypoints = props.waypoints.map((w) => (w.name === name ? { ...w, lat: w.lat + dLat } : w));
  const route = (files[FILES.routes.file] as { features: { geometry: { coordinates: number[][] } }[] }).features[0]!;
  route.geometry.coordinates = props.waypoints.map((w) => [w.lon, w.lat]);
  return files;
}

describe('geo:check: at most 1% of a route outside the territories its waypoints declare', () => {
  it('passes the fixture route, which stays in Azerbaijan and Armenia', () => {
    expect(checkData(validFiles()).map(formatProblem)).toEqual([]);
  });

  it('names the route and the share when a waypoint pulls the line 2 km into Iran', () => {
    // "E002 d" lies 1–2 km north of the Araz: 0.03° south puts it and its two legs partly across the river.
    const m = checkData(moved('E002 d', -0.03)).map(formatProblem);
    expect(m).toEqual([
      expect.stringMatching(
        new RegExp(`^${ROUTE}: length: \\d+\\.\\d km of \\d+ km \\(\\d+\\.\\d%\\) outside against Territories its waypoints declare, on the basemap \\(OpenStreetMap\\); is not at most 1% outside$`),
      ),
    ]);
  });
});

/** The fixture route as the railway, with the kilometre posts `posts` of one line through its stations. */
function railwayCheck(posts: { station: string; km: number }[], known = {}): string[] {
  const files = validFiles();
  propsOf(files, FILES.routes.file).id = 'yeraskh-horadiz-railway';
  const routes = parseFile(FILES.routes, files[FILES.routes.file]).items;
  const parts: RailwayPart[] = [{ line: 'Test line', stations: posts, stretchEnds: [posts[0]!.station, posts.at(-1)!.station] }];
  const out: Problem[] = [];
  // Cut here, not while the file is collected: a fault in territoriesFrom then fails the tests that use it.
  checkRouteRules(FILES.routes.file, routes, territoriesFrom(countries), out, parts, known);
  return out.map(formatProblem);
}

// Along the fixture line: Horadiz → Mincivan junction is its first four legs, Mincivan → Meghri the rest.
const coords = ROUTE_WAYPOINTS.map((w) => [w.lon, w.lat]);
const toMincivan = length(lineString(coords.slice(0, 5)), { units: 'kilometers' });
const toMeghri = length(lineString(coords), { units: 'kilometers' });
const posts = (scale: number) => [
  { station: 'Horadiz', km: 0 },
  { station: 'Mincivan junction', km: toMincivan * scale },
  { station: 'Meghri/M2', km: toMeghri },
];

describe('geo:check: railway sections within ±5% of their kilometre posts', () => {
  it('passes sections that match their posts', () => {
    expect(railwayCheck(posts(1))).toEqual([]);
  });

  it('names a section 10% longer than its posts, and only that one and the sections it changes', () => {
    // Posts 10% short for Horadiz → Mincivan: the drawn line is 11% longer there, and Mincivan → Meghri shorter.
    const m = railwayCheck(posts(0.9));
    expect(m).toContainEqual(
      expect.stringMatching(
        /^data\/routes\.geojson › yeraskh-horadiz-railway: section Test line: Horadiz → Mincivan junction: [\d.]+ km along the line \(\+11%\) against Kilometre posts .*; is not within ±5%$/,
      ),
    );
    expect(m.some((x) => x.includes('Horadiz → Meghri/M2'))).toBe(false);
  });

  it('allows a recorded deviation up to its ceiling, and no further', () => {
    const key = 'section Test line: Horadiz → Mincivan junction';
    const other = 'section Test line: Mincivan junction → Meghri/M2';
    const why = 'test record';
    expect(railwayCheck(posts(0.9), { [key]: { ceiling: 0.12, why }, [other]: { ceiling: 0.5, why } })).toEqual([]);
    expect(railwayCheck(posts(0.9), { [key]: { ceiling: 0.1, why }, [other]: { ceiling: 0.5, why } })).toEqual([expect.stringContaining('is not within ±5%, nor within its recorded 10%')]);
  });

  it('asks for a record to be removed once the section meets the rule', () => {
    const m = railwayCheck(posts(1), { 'section Test line: Horadiz → Mincivan junction': { ceiling: 0.2, why: 'test record' } });
    expect(m).toEqual([expect.stringContaining('Horadiz → Mincivan junction: ') && expect.stringContaining('is now within ±5%: remove its record from KNOWN_DEVIATIONS')]);
  });

  it('asks for a record to be removed once nothing it names is measured (a section split or renamed)', () => {
    const m = railwayCheck(posts(1), { 'section Test line: Horadiz → Agdam': { ceiling: 0.2, why: 'test record' } });
    expect(m).toEqual(['data/routes.geojson › yeraskh-horadiz-railway: KNOWN_DEVIATIONS records "section Test line: Horadiz → Agdam", which is not measured: remove the record']);
  });

  it('names a station the line has no waypoint for', () => {
    const m = railwayCheck([
      { station: 'Horadiz', km: 0 },
      { station: 'Nowhere', km: 20 },
    ]);
    expect(m).toContainEqual(expect.stringContaining('names station "Nowhere", which is not a waypoint of the line'));
  });
});
