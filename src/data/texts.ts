/**
 * Quotations, sources and events: only popups, the detail view, the reader, the timeline and the
 * GeoJSON export show them, so they are fetched the first time one of those asks, once.
 */
import { FILES, type AnalysisEvent, type Quote, type Source } from '../../geo/schema.ts';
import type { Problem } from '../../geo/check/problem.ts';
import { loadFile } from './loadFile.ts';
import { FILE_URLS as URLS } from './files.ts';
import { indexDataset, type LoadedData } from './dataset.ts';

export interface Texts {
  quotes: Quote[];
  sources: Source[];
  events: AnalysisEvent[];
  problems: Problem[];
}

let pending: Promise<Texts> | undefined;

export function loadTexts(): Promise<Texts> {
  pending ??= Promise.all([loadFile(FILES.quotes, URLS.quotes), loadFile(FILES.sources, URLS.sources), loadFile(FILES.events, URLS.events)]).then(
    ([quotes, sources, events]) => ({ quotes: quotes.items, sources: sources.items, events: events.items, problems: [...quotes.problems, ...sources.problems, ...events.problems] }),
    (e: unknown) => {
      pending = undefined; // the next one to ask tries again
      throw e;
    },
  );
  return pending;
}

/** `data` with its texts in (for the export, which cannot wait for a re-render). */
export async function withTexts(data: LoadedData): Promise<LoadedData> {
  if (data.texts === 'ready') return data;
  const t = await loadTexts();
  return { ...indexDataset({ ...data, quotes: t.quotes, sources: t.sources, events: t.events }, data.pending), problems: [...data.problems, ...t.problems] };
}
