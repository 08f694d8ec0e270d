// The benchmark's baseline: MapLibre alone with the explorer's basemap, no React, no layers, no UI.
import { maplibregl } from '../../src/map/maplibre.ts';
import { basemapStyle } from '../../src/map/basemapStyle.ts';
import { loadBasemap } from '../../src/data/basemap.ts';
import { theme } from '../../src/map/theme.ts';
import { VIEW_BBOX } from '../../geo/region.ts';
import { exposeForTests } from '../../src/testHook.ts';

const basemap = await loadBasemap();
const [w, s, e, n] = VIEW_BBOX;
const map = new maplibregl.Map({
  container: 'map',
  style: basemapStyle(theme, basemap),
  bounds: [w, s, e, n],
  fitBoundsOptions: { padding: 16 },
});
exposeForTests(map);
