/**
 * Starts what the page needs the moment its script runs, before React renders anything: MapLibre's
 * worker and every file the map draws, all at once. Quotations, sources and events wait until
 * something shows them (src/data/texts.ts).
 */
import { maplibregl } from '../map/maplibre.ts';
import { loadBasemap } from './basemap.ts';
import { loadLayerFiles } from './dataset.ts';

// Fetches and starts the worker now, in parallel with the data, instead of when the map is built.
maplibregl.prewarm();

export const started = { basemap: loadBasemap(), layers: loadLayerFiles() };
export type Started = typeof started;

// A failure is reported where it is awaited (src/useData.ts), which may be after it happens: this keeps
// the browser from calling it an unhandled rejection first.
for (const p of [started.basemap, ...Object.values(started.layers)]) p.catch(() => undefined);
