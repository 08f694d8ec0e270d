/**
 * Parses a data file against its schema (geo/schema.ts), item by item: the items that pass come back
 * typed, each one that fails becomes a problem naming the file, the item and the field. The same code
 * serves `geo:check` and the app's loader, so both refuse the same things with the same words.
 */
import * as v from 'valibot';
import type { Problem } from './check/problem.ts';
import type { CollectionFile, ListFile } from './schema.ts';

/** At most this many reasons per item: the first ones say what is wrong, the rest repeat it. */
const MAX_ISSUES = 5;

/** Where in an item an issue lies, as a person reads it: `properties.waypoints[3].territory`. */
export function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const step of issue.path ?? []) {
    const key: unknown = step.key;
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out;
}

const isRecord = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

/** The items of a file's top level, or a problem when it is not the shape the file must have. */
function itemsOf(spec: CollectionFile<v.GenericSchema> | ListFile<v.GenericSchema>, raw: unknown): unknown[] | Problem {
  if (spec.shape === 'list') return Array.isArray(raw) ? raw : { file: spec.file, message: 'must be a JSON list' };
  if (isRecord(raw) && raw.type === 'FeatureCollection' && Array.isArray(raw.features)) {
    const features: unknown[] = raw.features;
    return features;
  }
  return { file: spec.file, message: 'must be a GeoJSON FeatureCollection with a list of features' };
}

export interface Parsed<T> {
  /** The items that passed, typed by the schema. */
  items: T[];
  /** Why each other item was refused (or the file as a whole). */
  problems: Problem[];
  /** The refused items as they were: references to them are not reported again as unknown. */
  refused: unknown[];
}

/** The values of `key` on raw items, where they are text or numbers (the ids other files refer to). */
export function keysOf(items: unknown[], key: string): (string | number)[] {
  return items.flatMap((item) => {
    const value: unknown = isRecord(item) ? item[key] : undefined;
    return typeof value === 'string' || typeof value === 'number' ? [value] : [];
  });
}

/**
 * `preflight` runs first on each item and may refuse it with its own reasons (geo:check passes
 * geojson-validation here, so the GeoJSON structure is judged by the stack's chosen validator).
 */
export function parseFile<S extends v.GenericSchema>(spec: CollectionFile<S> | ListFile<S>, raw: unknown, preflight?: (item: unknown) => string[]): Parsed<v.InferOutput<S>> {
  const items = itemsOf(spec, raw);
  if (!Array.isArray(items)) return { items: [], problems: [items], refused: [] };
  const out: Parsed<v.InferOutput<S>> = { items: [], problems: [], refused: [] };
  items.forEach((item, i) => {
    const feature = spec.label(item, i);
    const early = preflight?.(item) ?? [];
    if (early.length > 0) {
      out.refused.push(item);
      out.problems.push(...early.slice(0, MAX_ISSUES).map((message) => ({ file: spec.file, feature, message })));
      return;
    }
    const result = v.safeParse(spec.item, item);
    if (result.success) {
      out.items.push(result.output);
      return;
    }
    out.refused.push(item);
    const issues = result.issues.slice(0, MAX_ISSUES);
    out.problems.push(...issues.map((issue) => ({ file: spec.file, feature, ...(pathOf(issue) ? { path: pathOf(issue) } : {}), message: issue.message })));
    if (result.issues.length > MAX_ISSUES) out.problems.push({ file: spec.file, feature, message: `and ${result.issues.length - MAX_ISSUES} more problem(s) like these` });
  });
  return out;
}

/**
 * parseFile, once per file object: geo:check never changes the data it is given, and the same unchanged
 * files come back again and again (the tests, the property test's 1,000 runs, the build's accuracy table).
 */
export function parseOnce<S extends v.GenericSchema>(spec: CollectionFile<S> | ListFile<S>, raw: unknown, preflight?: (item: unknown) => string[]): Parsed<v.InferOutput<S>> {
  if (raw === null || typeof raw !== 'object') return parseFile(spec, raw, preflight);
  const seen = spec.checked.get(raw);
  if (seen) return seen;
  const result = parseFile(spec, raw, preflight);
  spec.checked.set(raw, result);
  return result;
}
