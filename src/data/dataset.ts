/**
 * Loads every data file once, from the page's own server (hashed assets), and indexes the features
 * by id. The files are checked by `npm run geo:check` in the tests; here they are trusted, but a
 * file that fails to load or parse is named in the error the page shows.
 */
import type { Feature, Geometry } from 'geojson';
import districtsUrl from '../../data/districts.geojson?url';
import peacekeepingUrl from '../../data/peacekeeping.geojson?url';
import routesUrl from '../../data/routes.geojson?url';
import placesUrl from '../../data/places.geojson?url';
import contextUrl from '../../data/context.geojson?url';
import quotesUrl from '../../data/quotes.json?url';
import sourcesUrl from '../../data/sources.json?url';
import eventsUrl from '../../data/events.json?url';
import type { BaseProps, Dataset, Quote, Source } from '../../geo/schema.ts';
import { fetchJSON } from './fetchJSON.ts';

export type AnyFeature = Feature<Geometry, BaseProps & { kind: string }>;

/** The layer files, by the source name the map uses for each. */
export const LAYER_SOURCES = ['districts', 'peacekeeping', 'routes', 'places', 'context'] as const;
export type LayerSource = (typeof LAYER_SOURCES)[number];

export interface LoadedData extends Dataset {
  featureById: Map<string, AnyFeature>;
  sourceOf: Map<string, LayerSource>;
  quoteById: Map<string, Quote>;
  sourceByNumber: Map<number, Source>;
}

export async function loadDataset(): Promise<LoadedData> {
  const [districts, peacekeeping, routes, places, context, quotes, sources, events] = await Promise.all([
    fetchJSON<Dataset['districts']>(districtsUrl, 'data/districts.geojson'),
    fetchJSON<Dataset['peacekeeping']>(peacekeepingUrl, 'data/peacekeeping.geojson'),
    fetchJSON<Dataset['routes']>(routesUrl, 'data/routes.geojson'),
    fetchJSON<Dataset['places']>(placesUrl, 'data/places.geojson'),
    fetchJSON<Dataset['context']>(contextUrl, 'data/context.geojson'),
    fetchJSON<Dataset['quotes']>(quotesUrl, 'data/quotes.json'),
    fetchJSON<Dataset['sources']>(sourcesUrl, 'data/sources.json'),
    fetchJSON<Dataset['events']>(eventsUrl, 'data/events.json'),
  ]);
  return indexDataset({ districts, peacekeeping, routes, places, context, quotes, sources, events });
}

export function indexDataset(d: Dataset): LoadedData {
  const featureById = new Map<string, AnyFeature>();
  const sourceOf = new Map<string, LayerSource>();
  for (const source of LAYER_SOURCES) {
    for (const f of d[source].features as AnyFeature[]) {
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
  };
}
