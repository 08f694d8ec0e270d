/**
 * The layer files, fetched from the page's own server (hashed assets, src/data/files.ts), each parsed
 * with its schema (geo/schema.ts), and the dataset the explorer reads, indexed by feature id. Each file
 * is its own promise, so the map draws a layer as soon as its file is in. What a file holds that breaks
 * the contract is left out and listed in `problems`, naming the file, the feature and the reason; a file
 * that fails to load at all is named in the error the page shows. Quotations, sources and events load
 * when first shown (src/data/texts.ts).
 */
import { FILES, LAYER_SOURCES, type AnyFeature, type Dataset, type LayerSource, type Quote, type Source } from '../../geo/schema.ts';
import type { Parsed } from '../../geo/parse.ts';
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
  /** Layer files not in yet: their collections are empty until they arrive. */
  pending: LayerSource[];
  /** Quotations, sources and events: whether they are in, or why they could not be loaded. */
  texts: 'loading' | 'ready' | { error: string };
}

export type LayerFiles = { [S in LayerSource]: Promise<Parsed<Dataset[S]['features'][number]>> };

/** Starts fetching every layer file at once. */
export function loadLayerFiles(): LayerFiles {
  return {
    districts: loadFile(FILES.districts, URLS.districts),
    peacekeeping: loadFile(FILES.peacekeeping, URLS.peacekeeping),
    routes: loadFile(FILES.routes, URLS.routes),
    places: loadFile(FILES.places, URLS.places),
    context: loadFile(FILES.context, URLS.context),
  };
}

export function indexDataset(d: Dataset, pending: LayerSource[] = [], texts: LoadedData['texts'] = 'ready'): LoadedData {
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
    pending,
    texts,
  };
}
