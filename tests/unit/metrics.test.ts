import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { distance, lineString, multiPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Position } from 'geojson';
import { territoriesFrom, type Territories } from '../../geo/territories.ts';
import type { RouteProps, Waypoint } from '../../geo/schema.ts';
import { kmByTerritory, lineKm, territoryPieces, type Piece } from '../../geo/metrics/territorySplit.ts';
import { borderCrossings, crossingsOf, withDeclaredEnds } from '../../geo/metrics/crossings.ts';
import { elevationFigures } from '../../geo/metrics/elevation.ts';
import { allRouteFigures, routeFigures, townOf, type RouteFigures } from '../../geo/metrics/routeFigures.ts';
import { TERRITORY_TOLERANCE_KM } from '../../geo/territories.ts';

/** An axis-aligned square (one polygon part) from its lower-left corner. */
const square = (x: number, y: number, size: number): Position[][] => [
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ],
];
const mp = (...parts: Position[][][]): Feature<MultiPolygon> => multiPolygon(parts);
const empty = mp();
const line = (...coords: Position[]) => lineString(coords);
const km = (a: Position, b: Position) => distance(a, b, { units: 'kilometers' });

describe('kmByTerritory and borderCrossings', () => {
  // Two 1° "countries" sharing the edge x = 1.
  const two: Territories = { armenia: mp(square(0, 0, 1)), azerbaijan: mp(square(1, 0, 1)), nakhchivan: empty };

  it('splits a line from one centre to the other half and half, with one crossing', () => {
    const l = line([0.5, 0.5], [1.5, 0.5]);
    const total = km([0.5, 0.5], [1.5, 0.5]);
    const split = kmByTerritory(l, two);
    expect(split.armenia).toBeCloseTo(total / 2, 9);
    expect(split.azerbaijan).toBeCloseTo(total / 2, 9);
    expect(split.nakhchivan + split.other).toBe(0);
    expect(borderCrossings(l, two)).toBe(1);
  });

  it('gives a line running exactly on the shared border to the first territory holding it (armenia), no crossing', () => {
    const l = line([1, 0.2], [1, 0.8]);
    expect(kmByTerritory(l, two)).toEqual({ armenia: lineKm(l), azerbaijan: 0, nakhchivan: 0, other: 0 });
    expect(borderCrossings(l, two)).toBe(0);
  });

  it('puts what lies in no territory in `other`, and the parts add up to the length', () => {
    const l = line([0.5, 0.5], [2.5, 0.5], [2.5, 0.9], [0.2, 0.1]);
    const split = kmByTerritory(l, two);
    const sum = split.armenia + split.azerbaijan + split.nakhchivan + split.other;
    expect(Math.abs(sum - lineKm(l)) / lineKm(l)).toBeLessThan(1e-6);
    expect(split.other).toBeGreaterThan(0);
  });

  // Azerbaijan as in data/basemap/countries.geojson: one MultiPolygon whose part holding
  // Nakhchivan city (45.4122, 39.2089) is the exclave; Armenia lies between the two parts.
  const countries: FeatureCollection<Geometry> = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { id: 'azerbaijan' }, geometry: { type: 'MultiPolygon', coordinates: [square(45.0, 39.1, 0.2), square(45.4, 39.1, 0.2)] } },
      { type: 'Feature', properties: { id: 'armenia' }, geometry: { type: 'Polygon', coordinates: square(45.2, 39.1, 0.2) } },
    ],
  };

  it('counts two crossings through a multi-part country, with km per part', () => {
    const t = territoriesFrom(countries);
    const l = line([45.1, 39.2], [45.5, 39.2]);
    const total = lineKm(l);
    const split = kmByTerritory(l, t);
    // Along one straight segment the cuts fall at 1/4 and 3/4 of it.
    expect(split.azerbaijan).toBeCloseTo(total / 4, 9);
    expect(split.armenia).toBeCloseTo(total / 2, 9);
    expect(split.nakhchivan).toBeCloseTo(total / 4, 9);
    // Azerbaijan → Armenia → Nakhchivan: Armenia in and out, although both ends are in Azerbaijan.
    expect(borderCrossings(l, t)).toBe(2);
    // The same with both parts kept as one territory.
    const whole: Territories = { armenia: t.armenia, azerbaijan: mp(square(45.0, 39.1, 0.2), square(45.4, 39.1, 0.2)), nakhchivan: empty };
    expect(kmByTerritory(l, whole).azerbaijan).toBeCloseTo(total / 2, 9);
    expect(borderCrossings(l, whole)).toBe(2);
  });

  it('reports pieces in order with where they start', () => {
    const pieces = territoryPieces(line([0.5, 0.5], [1.5, 0.5]), two);
    expect(pieces.map((p) => p.where)).toEqual(['armenia', 'azerbaijan']);
    expect(pieces[1]!.fromKm).toBeCloseTo(pieces[0]!.km, 9);
  });
});

describe('crossingsOf drops border noise', () => {
  const pieces = (...runs: [Piece['where'], number][]): Piece[] => runs.map(([where, km], segment) => ({ where, segment, fromKm: 0, km }));
  const slack = TERRITORY_TOLERANCE_KM - 0.5;
  it('ignores short `other` slivers and short out-and-back excursions', () => {
    expect(crossingsOf(pieces(['armenia', 20], ['other', slack], ['armenia', 5], ['azerbaijan', 10]))).toBe(1);
    expect(crossingsOf(pieces(['armenia', 10], ['azerbaijan', slack], ['armenia', 4], ['azerbaijan', 10]))).toBe(1);
  });
  it('keeps a short stretch between two different territories, and counts Nakhchivan as Azerbaijan', () => {
    expect(crossingsOf(pieces(['azerbaijan', 20], ['armenia', slack], ['nakhchivan', 20]))).toBe(2);
    expect(crossingsOf(pieces(['azerbaijan', 20], ['other', slack], ['nakhchivan', 20]))).toBe(0);
  });
  it('starts and ends a line in the territories its end waypoints declare, when a border puts the end point just over', () => {
    const over = pieces(['nakhchivan', 20], ['armenia', 40], ['azerbaijan', 5]);
    expect(crossingsOf(over)).toBe(2);
    expect(crossingsOf(withDeclaredEnds(over, 'armenia', 'azerbaijan'))).toBe(3);
    expect(crossingsOf(withDeclaredEnds(over, 'nakhchivan', 'border'))).toBe(2);
    expect(withDeclaredEnds(over, 'armenia', 'armenia').map((p) => [p.where, p.km])).toEqual([
      ['armenia', 0],
      ['nakhchivan', 20],
      ['armenia', 40],
      ['azerbaijan', 5],
      ['armenia', 0],
    ]);
  });
  it('counts a long `other` stretch as a foreign country', () => {
    expect(crossingsOf(pieces(['armenia', 20], ['other', 10], ['armenia', 20]))).toBe(2);
  });
  it('keeps what is exactly as long as the tolerance: noise is only what is shorter', () => {
    const T = TERRITORY_TOLERANCE_KM;
    expect(crossingsOf(pieces(['armenia', 20], ['other', T], ['armenia', 20]))).toBe(2);
    expect(crossingsOf(pieces(['armenia', 10], ['azerbaijan', T], ['armenia', 10]))).toBe(2);
  });
  it('never drops a short first or last stretch: a line that ends just over a border crosses it', () => {
    expect(crossingsOf(pieces(['azerbaijan', 20], ['armenia', slack]))).toBe(1);
    expect(crossingsOf(pieces(['armenia', slack], ['azerbaijan', 20], ['armenia', slack]))).toBe(2);
  });
  it('adds nothing where the ends already lie in the declared territories, or where an end is a border point', () => {
    const runs: Piece[] = [
      { where: 'nakhchivan', segment: 0, fromKm: 0, km: 20 },
      { where: 'armenia', segment: 1, fromKm: 20, km: 40 },
      { where: 'azerbaijan', segment: 2, fromKm: 60, km: 5 },
    ];
    expect(withDeclaredEnds(runs, 'nakhchivan', 'azerbaijan')).toEqual(runs);
    expect(withDeclaredEnds(runs, 'border', 'border')).toEqual(runs);
    expect(withDeclaredEnds(runs, undefined, undefined)).toEqual(runs);
    expect(withDeclaredEnds([], 'armenia', 'armenia')).toEqual([]);
    // A declared end that differs is an empty run where the line starts or ends.
    expect(withDeclaredEnds(runs, 'armenia', 'armenia')).toEqual([{ where: 'armenia', segment: 0, fromKm: 0, km: 0 }, ...runs, { where: 'armenia', segment: 2, fromKm: 65, km: 0 }]);
  });
});

describe('elevationFigures', () => {
  // Four known points 0.1° apart on the equator, and one without elevation (skipped).
  const coords: Position[] = [
    [0, 0],
    [0.1, 0],
    [0.15, 0],
    [0.2, 0],
    [0.3, 0],
  ];
  const l = line(...coords);
  const w = (name: string, i: number, elevation?: number): Waypoint => ({
    name,
    lon: coords[i]![0]!,
    lat: coords[i]![1]!,
    territory: 'armenia',
    ...(elevation === undefined ? {} : { elevation, elevationSource: 'test' }),
  });
  const waypoints = [w('A', 0, 100), w('B', 1, 300), w('no data', 2), w('C', 3, 200), w('D', 4, 400)];

  it('finds highest, lowest, the climb and the profile', () => {
    const f = elevationFigures(l, waypoints);
    const step = km([0, 0], [0.1, 0]);
    expect(f.highest).toEqual({ m: 400, name: 'D' });
    expect(f.lowest).toEqual({ m: 100, name: 'A' });
    expect(f.climbM).toBe(200 + 0 + 200); // A→B +200, B→C −100, C→D +200
    expect(f.points).toBe(4);
    expect(f.profile.map((p) => p.name)).toEqual(['A', 'B', 'C', 'D']);
    f.profile.forEach((p, i) => expect(p.km).toBeCloseTo(i * step, 6));
  });

  it('gives the first in route order on a tie, and finds the extremes wherever they lie', () => {
    const f = elevationFigures(l, [w('A', 0, 300), w('B', 1, 100), w('C', 3, 300), w('D', 4, 100)]);
    expect(f.highest).toEqual({ m: 300, name: 'A' });
    expect(f.lowest).toEqual({ m: 100, name: 'B' });
    expect(f.climbM).toBe(200);
  });

  it('measures from two known elevations', () => {
    const f = elevationFigures(l, [w('A', 0, 500), w('B', 1, 200)]);
    expect(f).toMatchObject({ highest: { m: 500, name: 'A' }, lowest: { m: 200, name: 'B' }, climbM: 0, points: 2 });
  });

  it('gives null figures with fewer than two known elevations', () => {
    const f = elevationFigures(l, [w('A', 0, 100), w('no data', 2)]);
    expect(f).toMatchObject({ highest: null, lowest: null, climbM: null, points: 1 });
    expect(f.profile).toHaveLength(1);
  });
});

describe('townOf', () => {
  it('keeps towns and the town a junction serves, drops road and border points', () => {
    const t = (name: string, territory: Waypoint['territory'] = 'armenia') => townOf({ name, territory });
    expect(t('Meghri (Mehri), M2 junction')).toBe('Meghri (Mehri)');
    expect(t('Ordubad junction')).toBe('Ordubad');
    expect(t('M2/M13 junction')).toBeNull();
    expect(t('M4 at Lusadzor')).toBeNull();
    expect(t('E002 waypoint 4 (road, beside the line)')).toBeNull();
    expect(t('Armenia–Nakhchivan border', 'border')).toBeNull();
    expect(t('Dəstə')).toBe('Dəstə');
    expect(t('M13 at Shaghat')).toBeNull();
    expect(t('Angeghakot, M13 junction')).toBe('Angeghakot');
    // Only a name that ends in "junction" names the town before it.
    expect(t('Old junction road')).toBe('Old junction road');
  });
});

describe('the five routes', () => {
  const read = <T>(f: string) => JSON.parse(readFileSync(f, 'utf8')) as T;
  const routes = read<FeatureCollection<LineString, RouteProps>>('data/routes.geojson');
  const countries = read<FeatureCollection<Geometry>>('data/basemap/countries.geojson');
  // Measured in beforeAll, not while the file is collected: a fault that throws there then fails these
  // tests instead of the file's collection, which Stryker's runner does not count as a kill.
  let figures: RouteFigures[] = [];
  beforeAll(() => {
    figures = allRouteFigures(routes, countries);
  });
  const byId = (id: string) => figures.find((f) => f.id === id)!;

  it('is memoised on its inputs', () => {
    expect(allRouteFigures(routes, countries)).toBe(figures);
  });

  it('adds each route up to its length', () => {
    for (const f of figures) {
      for (const split of [f.km, f.kmResolved]) {
        const sum = split.armenia + split.azerbaijan + split.nakhchivan + split.other;
        expect(Math.abs(sum - f.totalKm) / f.totalKm, f.id).toBeLessThan(1e-6);
      }
    }
  });

  it('counts the crossings facts.md §2 describes', () => {
    expect(figures.map((f) => [f.id, f.crossings])).toEqual([
      ['ijevan-gazakh', 1],
      ['berd-tovuz', 1],
      ['angeghakot-bichanak', 1],
      ['horadiz-meghri-ordubad', 2], // Azerbaijan → Armenia → Nakhchivan
      ['yeraskh-horadiz-railway', 3], // Armenia → Nakhchivan → Armenia → Azerbaijan
    ]);
  });

  /**
   * facts.md's figures are road or kilometre-post distances; the drawn line joins the same points by
   * straight chords, so it may be shorter (we allow 10%), and each border it meets is Natural Earth's,
   * which the check allows to be TERRITORY_TOLERANCE_KM off (here 2.8 km at Aghband): each end of a
   * territory's stretch may move by that much.
   */
  // Along the Araz the line now follows the river's bank (geo/build/araz.ts), which bends more than the road:
  // up to 20% over facts.md's chord sums.
  const nearFacts = (measured: number, facts: number, borders: number) => {
    expect(measured).toBeGreaterThanOrEqual(facts * 0.9 - borders * TERRITORY_TOLERANCE_KM);
    expect(measured).toBeLessThanOrEqual(facts * 1.2 + borders * TERRITORY_TOLERANCE_KM);
  };

  it('splits Horadiz–Meghri–Ordubad about 105 / 39 / 83 km (facts.md §2d)', () => {
    const { kmResolved } = byId('horadiz-meghri-ordubad');
    nearFacts(kmResolved.azerbaijan, 105, 1);
    nearFacts(kmResolved.armenia, 39, 2);
    nearFacts(kmResolved.nakhchivan, 83, 1);
  });

  it('measures the railway near facts.md §2e', () => {
    const f = byId('yeraskh-horadiz-railway');
    // 343 km by the posts. From Qıvraq on the line follows the Araz bank, which is longer than the track
    // where the track cuts the bends; before it, chords join the stations. Within 10% either way.
    expect(f.totalKm).toBeGreaterThan(343 * 0.9);
    expect(f.totalKm).toBeLessThan(343 * 1.1);
    // In Armenia: km 313–352 of the Ələt–Culfa line (39 km) plus Yeraskh to the border (about 3 km);
    // officials and an expert say 43–47. Natural Earth's border at Aghband lies 2.8 km west of the
    // road crossing the line is drawn through, which takes that much from Armenia.
    expect(f.kmResolved.armenia).toBeGreaterThan(42 - TERRITORY_TOLERANCE_KM - 1);
    expect(f.kmResolved.armenia).toBeLessThan(47);
  });
});

/** tests/fixtures/metrics/two-countries.input.geojson, and its countries as a collection of their own. */
function twoCountries() {
  const input = JSON.parse(readFileSync('tests/fixtures/metrics/two-countries.input.geojson', 'utf8')) as FeatureCollection<Geometry, RouteProps & { role: string }>;
  return { input, countries: { type: 'FeatureCollection' as const, features: input.features.filter((f) => f.properties.role === 'country') } };
}

/**
 * A small input a person can open (two squares for countries, an exclave, two routes) and the figures
 * worked out by hand for it, with the working in the expected file: not what the code once printed.
 */
describe('route figures on tests/fixtures/metrics/two-countries.input.geojson', () => {
  it('match the hand-worked tests/fixtures/metrics/two-countries.expected.json', () => {
    const { input, countries } = twoCountries();
    const expected = JSON.parse(readFileSync('tests/fixtures/metrics/two-countries.expected.json', 'utf8')) as { routes: Partial<RouteFigures>[] };
    const isRoute = (f: Feature<Geometry, { role: string }>): f is Feature<LineString, RouteProps & { role: string }> => f.properties.role === 'route' && f.geometry.type === 'LineString';
    const routes = { type: 'FeatureCollection' as const, features: input.features.filter(isRoute) };
    const got = allRouteFigures(routes, countries).map(({ id, totalKm, km, kmResolved, crossings, from, to, towns }) => ({ id, totalKm, km, kmResolved, crossings, from, to, towns }));
    expectClose(got, expected.routes);
  });
});

describe('routeFigures', () => {
  it('counts no crossing for a route whose last point, declared in Armenia, lies 0.85 km over the border', () => {
    const { input, countries } = twoCountries();
    const east = input.features.find((f) => f.properties.id === 'east')!;
    const waypoints: Waypoint[] = [
      { name: 'West town', lon: 45.5, lat: 40.5, territory: 'armenia' },
      { name: 'Last town', lon: 46.01, lat: 40.5, territory: 'armenia' },
    ];
    const route = { ...lineString(waypoints.map((p) => [p.lon, p.lat])), properties: { ...east.properties, waypoints } };
    const f = routeFigures(route, territoriesFrom(countries));
    expect(f.km.azerbaijan).toBeCloseTo(km([46, 40.5], [46.01, 40.5]), 4);
    expect(f.crossings).toBe(0);
    expect([f.from, f.to]).toEqual(['West town', 'Last town']);
  });
});

/** Deep equality with numbers compared to a relative 1e-9, so float noise across platforms passes. */
function expectClose(actual: unknown, expected: unknown, path = '$'): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    expect(Math.abs(actual - expected), path).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
  } else if (expected !== null && typeof expected === 'object' && actual !== null && typeof actual === 'object') {
    expect(Object.keys(actual).sort(), path).toEqual(Object.keys(expected).sort());
    for (const [k, v] of Object.entries(expected)) expectClose((actual as Record<string, unknown>)[k], v, `${path}.${k}`);
  } else {
    expect(actual, path).toEqual(expected);
  }
}
