/* global window, performance */
/**
 * Runs in the explorer's page before its scripts (page.addInitScript): catches the map when the page
 * hands it to the tests (window.__explorerMap) and notes `performance.now()` after the first frame in
 * which a district layer has drawn features (MapLibre's `render` fires once a frame is drawn).
 * Plain JavaScript: a function passed from tsx would carry esbuild's `__name` helper, which the page lacks.
 */
let current;
Object.defineProperty(window, '__explorerMap', {
  configurable: true,
  get: () => current,
  set: (map) => {
    current = map;
    if (!map || window.__districtsPaintAt !== undefined) return;
    const check = () => {
      const layers = Object.entries(window.__explorerView?.layersOf ?? {})
        .filter(([entry]) => entry.startsWith('districts-'))
        .flatMap(([, ids]) => ids)
        .filter((id) => map.getLayer(id));
      if (!layers.length || !map.queryRenderedFeatures({ layers }).length) return;
      window.__districtsPaintAt ??= performance.now();
      map.off('render', check);
    };
    map.on('render', check);
  },
});
