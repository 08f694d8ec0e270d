/**
 * The page's data as it arrives: the basemap first, then each layer file as it comes (the map draws it
 * at once), and the quotations, sources and events once something asks for them (`wantTexts`). The
 * page shows what failed, naming the file.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Parsed } from '../geo/parse.ts';
import type { Dataset } from '../geo/schema.ts';
import { indexDataset, LAYER_SOURCES, type LayerSource, type LoadedData } from './data/dataset.ts';
import { started, type Started } from './data/start.ts';
import { loadTexts, type Texts } from './data/texts.ts';
import type { BasemapData } from './map/basemapStyle.ts';

export type Load = { state: 'loading' } | { state: 'ready'; basemap: BasemapData; data: LoadedData; wantTexts: () => void } | { state: 'error'; message: string };

/** Each file's collection is made once, when it arrives: the map sends a source to its worker only when its collection changes. */
type Arrived = { [S in LayerSource]?: { collection: Dataset[S]; problems: Parsed<unknown>['problems'] } };
const NONE = { type: 'FeatureCollection' as const, features: [] };
type TextsState = 'idle' | 'loading' | Texts | { error: string };

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function useData(start: Started = started): Load {
  const [basemap, setBasemap] = useState<Awaited<Started['basemap']> | null>(null);
  const [arrived, setArrived] = useState<Arrived>({});
  const [texts, setTexts] = useState<TextsState>('idle');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const fail = (e: unknown) => live && setError(messageOf(e));
    start.basemap.then((b) => live && setBasemap(b), fail);
    for (const source of LAYER_SOURCES) {
      start.layers[source].then((file) => live && setArrived((a) => ({ ...a, [source]: { collection: { type: 'FeatureCollection', features: file.items }, problems: file.problems } })), fail);
    }
    return () => {
      live = false;
    };
  }, [start]);

  const wantTexts = useCallback(() => setTexts((t) => (t === 'idle' ? 'loading' : t)), []);
  useEffect(() => {
    if (texts !== 'loading') return;
    loadTexts().then(setTexts, (e: unknown) => setTexts({ error: messageOf(e) }));
  }, [texts]);

  const data = useMemo(() => {
    const t = typeof texts === 'object' && 'quotes' in texts ? texts : null;
    const d = indexDataset(
      {
        districts: arrived.districts?.collection ?? NONE,
        peacekeeping: arrived.peacekeeping?.collection ?? NONE,
        routes: arrived.routes?.collection ?? NONE,
        places: arrived.places?.collection ?? NONE,
        context: arrived.context?.collection ?? NONE,
        quotes: t?.quotes ?? [],
        sources: t?.sources ?? [],
        events: t?.events ?? [],
      },
      LAYER_SOURCES.filter((s) => !arrived[s]),
      t ? 'ready' : typeof texts === 'object' && 'error' in texts ? texts : 'loading',
    );
    d.problems.push(...(basemap?.problems ?? []), ...LAYER_SOURCES.flatMap((s) => arrived[s]?.problems ?? []), ...(t?.problems ?? []));
    return d;
  }, [basemap, arrived, texts]);

  if (error !== null) return { state: 'error', message: error };
  if (!basemap) return { state: 'loading' };
  return { state: 'ready', basemap, data, wantTexts };
}
