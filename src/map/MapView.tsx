import { useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { Map, Layer, Source, Popup, NavigationControl, ScaleControl, AttributionControl, useControl, type ControlPosition, type MapRef, type MapLayerMouseEvent } from '@vis.gl/react-maplibre';
import type { FeatureIdentifier, Map as MapLibreMap } from 'maplibre-gl';
import { maplibregl } from './maplibre.ts';
import { basemapStyle, type BasemapData } from './basemapStyle.ts';
import { theme } from './theme.ts';
import { drawOrder, interactiveLayerIds, HATCH_IMAGE, type LayerEntry } from './layers.ts';
import { hatchImage, hexToRgb } from './hatch.ts';
import { boundsOf, type LngLat } from './featureGeometry.ts';
import { keepInView } from './keepInView.ts';
import { LAYER_SOURCES, type LoadedData } from '../data/dataset.ts';
import type { View } from '../state/hash.ts';
import type { Camera } from '../state/reducer.ts';
import { DATA_BBOX, VIEW_BBOX } from '../../geo/region.ts';
import { exposeForTests } from '../testHook.ts';
import { CONTEXT_LOST, NO_WEBGL, isNoWebGL } from './webgl.ts';
import { changeLayers, datedSpec, type TimeView } from '../time/mapDate.ts';
import { mapHandle, type MapHandle } from './snapshot.ts';

/** How long a lost WebGL context may take to come back before the page says the map is gone. */
const CONTEXT_GRACE_MS = 2500;

/**
 * Labels fade in over MapLibre's usual 300 ms, unless the reader asked for less motion: then they
 * appear at once, as the camera already jumps instead of flying (MapLibre honours the setting there).
 */
const labelFadeMs = (): number => (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 0 : 300);

export interface MapViewProps {
  basemap: BasemapData;
  data: LoadedData;
  registry: LayerEntry[];
  visible: string[];
  credits: string[];
  /** The open popup: where it points and what it shows. */
  popup: { at: LngLat; content: ReactNode } | null;
  /** The next camera move; acted on once per new object. */
  camera: Camera | null;
  /** Route ids being compared: the other routes are dimmed. */
  compare: string[];
  onChoose: (id: string, at: LngLat) => void;
  /** A click on the map that hit no feature (closes the popup). */
  onEmptyClick: () => void;
  onMoved: (view: View) => void;
  /** The map cannot draw: no WebGL 2 context could be made, or it was lost and did not come back. */
  onNoMap: (reason: string) => void;
  /** The map's date and the earlier date it is compared with (none: as of the analysis). */
  time?: TimeView;
  /** Set once the map has loaded: what the export asks of the map (its size, a redrawn picture). */
  handleRef?: RefObject<MapHandle | null>;
  /** Shown as a map control under the scale bar (the legend), so popups keep clear of it. */
  overlay?: ReactNode;
  /** Fold the credits behind the (i) button (a phone, where they would cover the map). */
  compactCredits?: boolean;
}

/** The only component that talks to the map library. */
export function MapView({
  basemap,
  data,
  registry,
  visible,
  credits,
  popup,
  camera,
  compare,
  onChoose,
  onEmptyClick,
  onMoved,
  onNoMap,
  time = {},
  handleRef,
  overlay,
  compactCredits = false,
}: MapViewProps) {
  const mapRef = useRef<MapRef | null>(null);
  const [loaded, setLoaded] = useState(false);
  // Hover lives in the map's feature-state only: moving the mouse re-renders nothing.
  const hovered = useRef<FeatureIdentifier | null>(null);
  const style = useMemo(() => basemapStyle(theme, basemap), [basemap]);
  const interactive = useMemo(() => interactiveLayerIds(registry), [registry]);
  const order = useMemo(() => drawOrder(registry), [registry]);
  const { date, from } = time;
  const layerSpecs = useMemo(() => {
    const shown = new Set(visible);
    return order.map(({ entry, layer }) => {
      const spec = datedSpec(layer.spec, { date, from });
      return { ...spec, layout: { ...('layout' in spec ? spec.layout : {}), visibility: shown.has(entry.id) ? ('visible' as const) : ('none' as const) } };
    });
  }, [order, visible, date, from]);
  const changed = useMemo(() => changeLayers({ date, from }), [date, from]);
  const [w, s, e, n] = VIEW_BBOX;

  const onLoad = () => {
    const map = mapRef.current!.getMap();
    map.addImage(HATCH_IMAGE, hatchImage(hexToRgb(theme.peacekeeping.main)));
    // A compact attribution opens expanded; fold it so it does not cover a phone's map at first sight.
    map.getContainer().querySelector('.maplibregl-compact-show')?.classList.remove('maplibregl-compact-show');
    watchContext(map, () => onNoMap(CONTEXT_LOST));
    fitForPrint(map);
    exposeForTests(map, { layersOf: Object.fromEntries(registry.map((x) => [x.id, x.layers.map((l) => l.spec.id)])), interactive });
    setLoaded(true);
  };
  useEffect(() => {
    const map = mapRef.current?.getMap();
    // Again as each layer file arrives: the picture keeps the feature state of every feature.
    if (map && loaded && handleRef)
      handleRef.current = mapHandle(
        map,
        [...data.sourceOf].map(([id, source]) => ({ source, id })),
      );
  }, [loaded, data, handleRef]);
  useEffect(
    () => () => {
      exposeForTests(null);
      if (handleRef) handleRef.current = null;
    },
    [handleRef],
  );

  const setHover = (map: MapLibreMap, next: FeatureIdentifier | null) => {
    const prev = hovered.current;
    if (prev?.id === next?.id && prev?.source === next?.source) return;
    if (prev) map.setFeatureState(prev, { hover: false });
    if (next) map.setFeatureState(next, { hover: true });
    map.getCanvas().style.cursor = next ? 'pointer' : '';
    hovered.current = next;
  };

  const onMouseMove = (ev: MapLayerMouseEvent) => {
    const f = ev.features?.[0];
    setHover(ev.target, f && f.id !== undefined ? { source: f.source, id: f.id } : null);
  };

  const onClick = (ev: MapLayerMouseEvent) => {
    const id: unknown = ev.features?.[0]?.properties?.id;
    if (typeof id === 'string') onChoose(id, [ev.lngLat.lng, ev.lngLat.lat]);
    else onEmptyClick();
  };

  // Each camera move is made once: `data` changes again when a file or the quotations arrive, and the
  // view must not go back to the feature after the reader has moved it (nor restart a flight under way).
  const moved = useRef<Camera | null>(null);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!camera || !loaded || !map || moved.current === camera) return;
    map.resize(); // the map area may just have changed size (a phone's detail sheet)
    if ('jump' in camera) {
      moved.current = camera;
      map.jumpTo({ center: camera.jump.center, zoom: camera.jump.zoom });
      return;
    }
    const features = camera.frame.map((id) => data.featureById.get(id)).filter((f) => !!f);
    if (!features.length) return; // its file is not in yet: framed when it arrives
    moved.current = camera;
    const [a, b, c, d] = boundsOf(features);
    map.fitBounds([a, b, c, d], { padding: 60, maxZoom: 11, duration: 800 });
  }, [camera, loaded, data]);

  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded) return;
    for (const f of data.routes.features) {
      const id = f.properties.id;
      map.setFeatureState({ source: 'routes', id }, { dim: compare.length > 0 && !compare.includes(id) });
    }
  }, [compare, loaded, data]);

  const at = popup?.at;
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !at) return;
    // Once the popup is laid out (next frame), pan so none of it sits under the controls or off screen;
    // again whenever it changes size (its quotation may arrive after it opens: src/data/texts.ts).
    // While the camera frames the feature, wait for it to stop: a pan now would cut the framing short.
    let frame = 0;
    const fit = () => {
      cancelAnimationFrame(frame);
      map.off('moveend', fit);
      frame = requestAnimationFrame(() => (map.isMoving() ? map.once('moveend', fit) : keepInView(map)));
    };
    fit();
    const content = map.getContainer().querySelector('.maplibregl-popup-content');
    const resized = new ResizeObserver(fit);
    if (content) resized.observe(content);
    return () => {
      cancelAnimationFrame(frame);
      map.off('moveend', fit);
      resized.disconnect();
    };
  }, [at]);

  return (
    <Map
      ref={mapRef}
      mapLib={maplibregl}
      mapStyle={style}
      initialViewState={{ bounds: [w, s, e, n], fitBoundsOptions: { padding: 16 } }}
      // The view stays where there is data: on a tall phone screen, fitting the region's width would leave
      // bands of blank no-data ground above and below it.
      maxBounds={DATA_BBOX}
      attributionControl={false}
      fadeDuration={labelFadeMs()}
      interactiveLayerIds={interactive}
      onLoad={onLoad}
      onError={(ev) => {
        // Only a map that could not be made at all; other errors (a layer, a source) stay MapLibre's own log.
        if (isNoWebGL(ev.error)) onNoMap(NO_WEBGL);
        else console.error(ev.error);
      }}
      onMouseMove={onMouseMove}
      onMouseLeave={(ev) => setHover(ev.target, null)}
      onClick={onClick}
      onMoveEnd={(ev) => {
        const c = ev.target.getCenter();
        onMoved({ center: [c.lng, c.lat], zoom: ev.target.getZoom() });
      }}
      style={{ position: 'absolute', inset: 0 }}
    >
      <NavigationControl position="top-right" />
      <ScaleControl position="top-left" unit="metric" />
      {/* On a phone the credits fold behind the (i) button so they do not cover the map; the About tab lists them too. */}
      <AttributionControl position="bottom-right" compact={compactCredits} customAttribution={credits} />
      {overlay && <ControlPortal position="top-left">{overlay}</ControlPortal>}
      {/* Every layer from the start, in drawing order; a source's data is empty until its file arrives. */}
      {loaded && LAYER_SOURCES.map((source) => <Source key={source} id={source} type="geojson" data={data[source]} promoteId="id" />)}
      {loaded && layerSpecs.map((spec) => <Layer key={spec.id} {...spec} />)}
      {loaded && changed.map((spec) => <Layer key={spec.id} {...spec} />)}
      {popup && (
        <Popup longitude={popup.at[0]} latitude={popup.at[1]} closeButton={false} closeOnClick={false} maxWidth="300px" focusAfterOpen={false} className="feature-popup">
          {popup.content}
        </Popup>
      )}
    </Map>
  );
}

/** React content as a MapLibre control: it stacks with the other controls in its corner. */
function ControlPortal({ position, children }: { position: ControlPosition; children: ReactNode }) {
  const control = useControl(
    () => {
      const el = document.createElement('div');
      el.className = 'maplibregl-ctrl overlay-ctrl';
      return { el, onAdd: () => el, onRemove: () => el.remove() };
    },
    { position },
  );
  return createPortal(children, control.el);
}

/**
 * Printing lays the page out anew (src/ui/frame.css) and resizes the map, which clears a WebGL canvas
 * before the page is captured. So just before printing, the map is drawn once more and copied into a
 * 2D canvas at the same scale, centred in the printed frame (the scale bar stays true); removed after.
 */
function fitForPrint(map: MapLibreMap) {
  const before = () => {
    map.redraw(); // synchronous: the drawing buffer is readable until this task ends
    const src = map.getCanvas();
    const copy = document.createElement('canvas');
    copy.className = 'print-copy';
    copy.width = src.width;
    copy.height = src.height;
    copy.style.width = `${src.clientWidth}px`; // CSSOM, which the Content-Security-Policy allows
    copy.style.height = `${src.clientHeight}px`;
    copy.getContext('2d')!.drawImage(src, 0, 0);
    map.getContainer().append(copy);
  };
  const after = () =>
    map
      .getContainer()
      .querySelectorAll('.print-copy')
      .forEach((c) => c.remove());
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  map.once('remove', () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  });
}

/** Calls `onLost` if the WebGL context is lost and not restored within the grace time. */
function watchContext(map: MapLibreMap, onLost: () => void) {
  let timer: number | undefined;
  map.on('webglcontextlost', () => {
    timer = window.setTimeout(onLost, CONTEXT_GRACE_MS);
  });
  map.on('webglcontextrestored', () => window.clearTimeout(timer));
}
