/**
 * Loads every data file once, from the page's own server (hashed assets), parses each with its
 * schema (geo/schema.ts) and indexes the features by id. What a file holds that breaks the contract
 * is left out and listed in `problems`, naming the file, the feature and the reason; a file that
 * fails to load at all is named in the error the page shows.
 */
import districtsUrl from '../../data/districts.geojson?url';
import peacekeepingUrl from '../../data/peacekeeping.geojson?url';
import routesUrl from '../../data/routes.geojson?url';
import placesUrl from '../../data/places.geojson?url';
import contextUrl from '../../data/context.geojson?url';
import quotesUrl from '../../data/quotes.json?url';
import sourcesUrl from '../../data/sources.json?url';
import eventsUrl from '../../data/events.json?url';
import { FILES, LAYER_SOURCES, type AnyFeature, type Dataset, type LayerSource, type Quote, type Source } from '../../geo/schema.ts';
import type { Problem } from '../../geo/check/problem.ts';
import { loadFile } from './loadFile.ts';

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
    loadFile(FILES.districts, districtsUrl),
    loadFile(FILES.peacekeeping, peacekeepingUrl),
    loadFile(FILES.routes, routesUrl),
    loadFile(FILES.places, placesUrl),
    loadFile(FILES.context, contextUrl),
    loadFile(FILES.quotes, quotesUrl),
    loadFile(FILES.sources, sourcesUrl),
    loadFile(FILES.events, eventsUrl),
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
