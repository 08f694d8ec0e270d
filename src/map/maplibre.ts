import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

// The bundler does not emit MapLibre's worker on its own: without this the built map stays blank
// ("Worker failed to load"). It must run before the first map is created.
maplibregl.setWorkerUrl(workerUrl);

export { maplibregl };
