/** The data contract of geo/schema.ts, checked property by property on the layer files. */
import type { Feature, FeatureCollection } from 'geojson';
import type { Problem } from './problem.ts';
import { featureLabel } from './collection.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type Props = Record<string, unknown>;
type Rule = (p: Props, f: Feature) => string | null;

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const isTextList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isText);

const base: Rule[] = [
  (p) => (isText(p.name) ? null : 'has no name'),
  (p) => (p.names && typeof p.names === 'object' && !Array.isArray(p.names) ? null : 'names must be an object ({az, hy, ru})'),
  (p) => (isTextList(p.quotes) ? null : 'quotes must be a list of quote ids'),
  (p) => (typeof p.approximate === 'boolean' ? null : 'approximate must be true or false'),
  (p) => (isText(p.source) ? null : 'has no source for its geometry'),
  (p) => (p.notes === undefined || isTextList(p.notes) ? null : 'notes must be a list of text'),
];

const isValidDate = (s: string): boolean => ISO_DATE.test(s) && !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s);

const byKind: Record<string, Rule[]> = {
  district: [
    (p) => (isText(p.controlSince) && isValidDate(p.controlSince) ? null : 'district without a valid controlSince date (YYYY-MM-DD)'),
    (p) => (p.how === 'operation' || p.how === 'statement' || p.how === 'held-since-1994' ? null : "district without how ('statement', 'operation' or 'held-since-1994')"),
    (p) => (isText(p.district) ? null : 'district part without the district it belongs to'),
    (p) => (isText(p.dateBasis) ? null : 'district part without dateBasis (what its date is)'),
    (p) => (typeof p.precisionKm === 'number' && p.precisionKm > 0 ? null : 'district part without precisionKm (a positive number)'),
    (p) => (p.how !== 'statement' || (typeof p.article === 'number' && p.article >= 1 && p.article <= 9) ? null : 'a statement handover needs the article number (1–9)'),
  ],
  route: [
    (p) => (p.mode === 'road' || p.mode === 'rail' ? null : "mode must be 'road' or 'rail'"),
    (p) => (isText(p.labelInAnalysis) ? null : 'has no labelInAnalysis'),
    (p) => (Array.isArray(p.roadNumbers) ? null : 'roadNumbers must be a list'),
    (p) => (isText(p.status) ? null : 'has no status'),
    (_p, f) => (f.geometry?.type === 'LineString' ? null : 'a route must be a LineString'),
  ],
  place: [(p) => (p.role === 'named' || p.role === 'supporting' ? null : "role must be 'named' or 'supporting'"), (_p, f) => (f.geometry?.type === 'Point' ? null : 'a place must be a Point')],
};

const PEACEKEEPING_KINDS = ['zone', 'corridor', 'corridor-road', 'patrol', 'monitoring-centre', 'hq'];
const since: Rule = (p) => (isText(p.since) && isValidDate(p.since) ? null : 'peacekeeping feature without a valid since date (YYYY-MM-DD)');
for (const k of PEACEKEEPING_KINDS) byKind[k] = [since];

const KINDS_BY_FILE: Record<string, string[]> = {
  'data/districts.geojson': ['district'],
  'data/peacekeeping.geojson': PEACEKEEPING_KINDS,
  'data/routes.geojson': ['route'],
  'data/places.geojson': ['place'],
  'data/context.geojson': ['nkao-1991', 'rayon'],
};

export const LAYER_FILES = Object.keys(KINDS_BY_FILE);

/** Checks the contract; `quoteIds` are the ids of data/quotes.json. */
export function checkProperties(file: string, fc: FeatureCollection, quoteIds: Set<string>, out: Problem[]): void {
  const kinds = KINDS_BY_FILE[file] ?? [];
  fc.features.forEach((f, i) => {
    const feature = featureLabel(f, i);
    const p = (f.properties ?? {}) as Props;
    const say = (message: string) => out.push({ file, feature, message });
    if (!kinds.includes(String(p.kind))) say(`kind must be one of ${kinds.join(', ')} (got ${JSON.stringify(p.kind)})`);
    for (const rule of [...base, ...(byKind[String(p.kind)] ?? [])]) {
      const message = rule(p, f);
      if (message) say(message);
    }
    if (!isTextList(p.quotes)) return;
    for (const q of p.quotes) if (!quoteIds.has(q)) say(`unknown quote id "${q}" (not in data/quotes.json)`);
    const supporting = p.kind === 'place' && p.role === 'supporting';
    if (p.quotes.length === 0 && !supporting) say('has no quotation from the analysis');
  });
}
