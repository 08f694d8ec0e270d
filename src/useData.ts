/** Loads the basemap and the dataset once; the page shows what failed, naming the file. */
import { useEffect, useState } from 'react';
import { loadBasemap } from './data/basemap.ts';
import { loadDataset, type LoadedData } from './data/dataset.ts';
import type { BasemapData } from './map/basemapStyle.ts';

export type Load = { state: 'loading' } | { state: 'ready'; basemap: BasemapData; data: LoadedData } | { state: 'error'; message: string };

export function useData(): Load {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    Promise.all([loadBasemap(), loadDataset()]).then(
      ([basemap, data]) => {
        data.problems.unshift(...basemap.problems);
        setLoad({ state: 'ready', basemap, data });
      },
      (e: unknown) => setLoad({ state: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  }, []);
  return load;
}
