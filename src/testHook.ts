import type { Map as MapLibreMap } from 'maplibre-gl';

/** What the end-to-end tests may read of the app: the live map and how the registry maps onto it. */
export interface TestView {
  /** Style layer ids of each registry entry. */
  layersOf: Record<string, string[]>;
  /** Style layers that answer hover and click. */
  interactive: string[];
}

declare global {
  interface Window {
    /** The live map, for the end-to-end tests to query rendered features and wait on `idle`. */
    __explorerMap?: MapLibreMap | null;
    __explorerView?: TestView;
    /** `performance.now()` at the map's first `idle`, for the benchmark. */
    __firstIdleAt?: number;
  }
}

export function exposeForTests(map: MapLibreMap | null, view?: TestView): void {
  window.__explorerMap = map;
  if (view) window.__explorerView = view;
  if (map && window.__firstIdleAt === undefined) map.once('idle', () => (window.__firstIdleAt ??= performance.now()));
}
