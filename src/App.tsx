import { useEffect, useState } from 'react';
import type { MapRef } from '@vis.gl/react-maplibre';
import { MapView } from './map/MapView.tsx';
import { loadBasemap } from './data/basemap.ts';
import type { BasemapData } from './map/basemapStyle.ts';
import { CREDITS } from './credits.ts';
import { exposeForTests } from './testHook.ts';

type Load = { state: 'loading' } | { state: 'ready'; basemap: BasemapData } | { state: 'error'; message: string };

/** Lays the page out; the data, the map and the panels decide for themselves. */
export function App() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    loadBasemap().then(
      (basemap) => setLoad({ state: 'ready', basemap }),
      (e: unknown) => setLoad({ state: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  }, []);

  return (
    <main className="app">
      {load.state === 'loading' && <p className="status" role="status">Loading the map…</p>}
      {load.state === 'error' && (
        <p className="status error" role="alert">
          The map data could not be loaded: {load.message}
        </p>
      )}
      {load.state === 'ready' && (
        <div className="map" data-testid="map">
          <MapView basemap={load.basemap} credits={CREDITS} onMap={(m: MapRef | null) => exposeForTests(m?.getMap() ?? null)} />
        </div>
      )}
    </main>
  );
}
