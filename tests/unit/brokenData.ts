/**
 * Property: whatever is wrong with the data, geo:check answers with a list of problems and never
 * throws. fast-check applies 1–3 random mutations (delete, replace, retype a field; nulls, NaN and
 * infinite coordinates, wrong geometry types, any JSON value) anywhere in the real data files.
 * The 1,000 runs are split over two test files (checkProperty*.test.ts) so both cores share them.
 */
import { expect } from 'vitest';
import fc from 'fast-check';
import { checkData, ALL_FILES } from '../../geo/check/index.ts';
import { readDataFiles } from '../../geo/cli.ts';

const real = readDataFiles('.', []);
const FILES = ALL_FILES.filter((f) => f.endsWith('json'));

type Json = unknown;
const isContainer = (x: Json): x is Record<string, Json> | Json[] => x !== null && typeof x === 'object';
const keysOf = (x: Record<string, Json> | Json[]): (string | number)[] => (Array.isArray(x) ? x.map((_, i) => i) : Object.keys(x));

/** Values a broken file might hold where anything else was expected. */
const hostile = fc.oneof(
  fc.constantFrom(null, NaN, Infinity, -Infinity, 0, -1, 1e308, '', ' ', 'x', true, false, [], {}, [NaN, NaN], [[]], { type: 'Point', coordinates: [NaN, 40] }),
  fc.constantFrom('Point', 'LineString', 'Polygon', 'MultiPolygon', 'MultiLineString', 'GeometryCollection', 'Feature', 'FeatureCollection', 'Polygn'),
  fc.constantFrom('district', 'route', 'place', 'zone', 'patrol', 'rayon', 'border', 'armenia', 'statement', 'javascript:alert(1)'),
  fc.jsonValue({ maxDepth: 3 }),
  fc.double(),
);

const retype = (x: Json): Json => {
  if (typeof x === 'number') return String(x);
  if (typeof x === 'string') return Number(x);
  if (typeof x === 'boolean') return x ? 'true' : 0;
  if (Array.isArray(x)) return Object.fromEntries(x.map((v, i) => [String(i), v]));
  if (isContainer(x)) return Object.values(x);
  return x;
};

const mutation = fc.record({
  file: fc.constantFrom(...FILES),
  /** Choices at each level of the walk into the file: index modulo the number of children. */
  path: fc.array(fc.nat(), { maxLength: 9 }),
  op: fc.constantFrom('delete', 'replace', 'retype', 'null', 'nan', 'geometry'),
  value: hostile,
});
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

/** Walks `path` into `root` and breaks what it finds there. */
function apply(root: Json, m: Mutation): Json {
  if (m.path.length === 0 || !isContainer(root)) return m.op === 'delete' ? undefined : m.value;
  let parent: Record<string, Json> | Json[] = root;
  let key = keysOf(parent)[m.path[0]! % Math.max(1, keysOf(parent).length)];
  for (const choice of m.path.slice(1)) {
    if (key === undefined) break;
    const child: Json = Array.isArray(parent) ? parent[Number(key)] : parent[key];
    if (!isContainer(child) || keysOf(child).length === 0) break;
    parent = child;
    key = keysOf(child)[choice % keysOf(child).length];
  }
  if (key === undefined) return root;
  const set = (v: Json) => (Array.isArray(parent) ? (parent[Number(key)] = v) : (parent[key] = v));
  const old: Json = Array.isArray(parent) ? parent[Number(key)] : parent[key];
  if (m.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else Reflect.deleteProperty(parent, key);
  } else if (m.op === 'replace') set(m.value);
  else if (m.op === 'retype') set(retype(old));
  else if (m.op === 'null') set(null);
  else if (m.op === 'nan') set(typeof old === 'number' ? NaN : Array.isArray(old) ? old.map(() => NaN) : NaN);
  else set(isContainer(old) && 'type' in old ? { ...old, type: m.value } : { type: m.value, coordinates: old });
  return root;
}

/** Runs the property `numRuns` times; returns how many of the broken copies got at least one problem. */
export function checkBrokenCopies(numRuns: number): number {
  let reported = 0;
  fc.assert(
    fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
      const files: Record<string, unknown> = { ...real };
      for (const m of mutations) {
        const broken = apply(structuredClone(files[m.file]), m);
        if (broken === undefined) Reflect.deleteProperty(files, m.file);
        else files[m.file] = broken;
      }
      const problems = checkData(files);
      expect(Array.isArray(problems)).toBe(true);
      for (const p of problems) {
        expect(typeof p.file).toBe('string');
        expect(typeof p.message).toBe('string');
        expect(p.message.length).toBeGreaterThan(0);
      }
      if (problems.length > 0) reported++;
    }),
    { numRuns },
  );
  return reported;
}
