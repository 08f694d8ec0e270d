/**
 * Loads every data file once, from the page's own server (hashed assets, src/data/files.ts), parses each with its
 * schema (geo/schema.ts) and indexes the features by id. What a file holds that breaks the contract
 * is left out and listed in `problems`, naming the file, the feature and the reason; a file that
 * fails to load at all is named in the error the page shows.
 */
import { FILES, LAYER_SOURCES, type AnyFeature, type Dataset, type LayerSource, type Quote, type Source } from '../../geo/schema.ts';
import type { Problem } from '../../geo/check/problem.ts';
import { loadFile } from './loadFile.ts';
import { FILE_URLS as URLS } from './files.ts';

export { LAYER_SOURCES, type AnyFeature, type LayerSource };

export interface LoadedData extends Dataset {
  featureById: Map<string, AnyFeature>;
  sourceOf: Map<string, LayerSource>;
  quoteById: Map<string, Quote>;
  sourceByNumber: Map<number, Source>;
  /** What was left out, and why. */
  problems: Problem[];
}

export async function loadDataset(): Promise<LoadedData> {
  const [districts, peacekeeping, routes, places, context, quotes, sources, events] = await Promise.all([
    loadFile(FILES.districts, URLS.districts),
    loadFile(FILES.peacekeeping, URLS.peacekeeping),
    loadFile(FILES.routes, URLS.routes),
    loadFile(FILES.places, URLS.places),
    loadFile(FILES.context, URLS.context),
    loadFile(FILES.quotes, URLS.quotes),
    loadFile(FILES.sources, URLS.sources),
    loadFile(FILES.events, URLS.events),
  ]);
  const fc = <F,>(items: F[]) => ({ type: 'FeatureCollection' as const, features: items });
  const data = indexDataset({
    districts: fc(districts.items),
    peacekeeping: fc(peacekeeping.items),
    routes: fc(routes.items),
    places: fc(places.items),
    context: fc(context.items),
    quotes: quotes.items,
    sources: sources.items,
    events: events.items,
  });
  data.problems.push(...[districts, peacekeeping, routes, places, context, quotes, sources, events].flatMap((p) => p.problems));
  return data;
}

export function indexDataset(d: Dataset): LoadedData {
  const featureById = new Map<string, AnyFeature>();
  const sourceOf = new Map<string, LayerSource>();
  for (const source of LAYER_SOURCES) {
    for (const f of d[source].features) {
      featureById.set(f.properties.id, f);
      sourceOf.set(f.properties.id, source);
    }
  }
  return {
    ...d,
    featureById,
    sourceOf,
    quoteById: new Map(d.quotes.map((q) => [q.id, q])),
    sourceByNumber: new Map(d.sources.map((s) => [s.n, s])),
    problems: [],
  };
}
