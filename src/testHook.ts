import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
  interface Window {
    /** The live map, for the end-to-end tests to query rendered features and wait on `idle`. */
    __explorerMap?: MapLibreMap | null;
    /** `performance.now()` at the map's first `idle`, for the benchmark. */
    __firstIdleAt?: number;
  }
}

export function exposeForTests(map: MapLibreMap | null): void {
  window.__explorerMap = map;
  if (map && window.__firstIdleAt === undefined) map.once('idle', () => (window.__firstIdleAt ??= performance.now()));
}
