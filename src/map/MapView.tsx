import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  Map,
  Layer,
  Source,
  Popup,
  NavigationControl,
  ScaleControl,
  AttributionControl,
  type MapRef,
  type MapLayerMouseEvent,
} from '@vis.gl/react-maplibre';
import type { FeatureIdentifier } from 'maplibre-gl';
import { maplibregl } from './maplibre.ts';
import { basemapStyle, type BasemapData } from './basemapStyle.ts';
import { theme } from './theme.ts';
import { drawOrder, interactiveLayerIds, HATCH_IMAGE, type LayerEntry } from './layers.ts';
import { hatchImage, hexToRgb } from './hatch.ts';
import { boundsOf, type LngLat } from './featureGeometry.ts';
import { LAYER_SOURCES, type LoadedData } from '../data/dataset.ts';
import { VIEW_BBOX } from '../../geo/region.ts';
import { exposeForTests } from '../testHook.ts';
import { changeLayers, datedSpec, type TimeView } from '../time/mapDate.ts';

export interface MapViewProps {
  basemap: BasemapData;
  data: LoadedData;
  registry: LayerEntry[];
  visible: string[];
  credits: string[];
  /** The open popup: where it points and what it shows. */
  popup: { at: LngLat; content: ReactNode } | null;
  onPopupClose: () => void;
  /** Features to frame; a new object each time a person asks. */
  frame: { ids: string[] } | null;
  /** Route ids being compared: the other routes are dimmed. */
  compare: string[];
  onPick: (id: string, at: LngLat) => void;
  /** The map's date and the earlier date it is compared with (none: as of the analysis). */
  time?: TimeView;
}

/** The only component that talks to the map library. */
export function MapView({ basemap, data, registry, visible, credits, popup, onPopupClose, frame, compare, onPick, time = {} }: MapViewProps) {
  const mapRef = useRef<MapRef | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [hovered, setHovered] = useState<FeatureIdentifier | null>(null);
  const style = useMemo(() => basemapStyle(theme, basemap), [basemap]);
  const layers = useMemo(() => drawOrder(registry), [registry]);
  const interactive = useMemo(() => interactiveLayerIds(registry), [registry]);
  const shown = useMemo(() => new Set(visible), [visible]);
  const { date, from } = time;
  const changed = useMemo(() => changeLayers({ date, from }), [date, from]);
  const [w, s, e, n] = VIEW_BBOX;

  const onLoad = () => {
    const map = mapRef.current!.getMap();
    map.addImage(HATCH_IMAGE, hatchImage(hexToRgb(theme.peacekeeping.main)));
    // A compact attribution opens expanded; fold it so it does not cover a phone's map at first sight.
    map.getContainer().querySelector('.maplibregl-compact-show')?.classList.remove('maplibregl-compact-show');
    setLoaded(true);
  };

  const setHover = (next: FeatureIdentifier | null) => {
    const map = mapRef.current?.getMap();
    if (!map || (hovered?.id === next?.id && hovered?.source === next?.source)) return;
    if (hovered) map.setFeatureState(hovered, { hover: false });
    if (next) map.setFeatureState(next, { hover: true });
    setHovered(next);
  };

  const onMouseMove = (ev: MapLayerMouseEvent) => {
    const f = ev.features?.[0];
    setHover(f && f.id !== undefined ? { source: f.source, id: f.id } : null);
  };

  const onClick = (ev: MapLayerMouseEvent) => {
    const id = ev.features?.[0]?.properties?.id;
    if (typeof id === 'string') onPick(id, [ev.lngLat.lng, ev.lngLat.lat]);
  };

  useEffect(() => {
    if (!frame || !loaded) return;
    const features = frame.ids.map((id) => data.featureById.get(id)).filter((f) => !!f);
    if (!features.length) return;
    const [a, b, c, d] = boundsOf(features);
    mapRef.current?.fitBounds([a, b, c, d], { padding: 60, maxZoom: 11, duration: 800 });
  }, [frame, loaded, data]);

  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded) return;
    for (const f of data.routes.features) {
      const id = f.properties.id;
      map.setFeatureState({ source: 'routes', id }, { dim: compare.length > 0 && !compare.includes(id) });
    }
  }, [compare, loaded, data]);

  return (
    <Map
      ref={(m) => {
        mapRef.current = m;
        exposeForTests(m?.getMap() ?? null, { layersOf: Object.fromEntries(registry.map((e) => [e.id, e.layers.map((l) => l.spec.id)])), interactive });
      }}
      mapLib={maplibregl}
      mapStyle={style}
      initialViewState={{ bounds: [w, s, e, n], fitBoundsOptions: { padding: 16 } }}
      attributionControl={false}
      interactiveLayerIds={interactive}
      cursor={hovered ? 'pointer' : 'grab'}
      onLoad={onLoad}
      onMouseMove={onMouseMove}
      onMouseLeave={() => setHover(null)}
      onClick={onClick}
      style={{ position: 'absolute', inset: 0 }}
    >
      <NavigationControl position="top-right" />
      <ScaleControl position="top-left" unit="metric" />
      {/* On a phone the credits fold behind the (i) button so they do not cover the map; the About tab lists them too. */}
      <AttributionControl position="bottom-right" compact={window.matchMedia('(max-width: 759px)').matches} customAttribution={credits} />
      {loaded &&
        LAYER_SOURCES.map((source) => (
          <Source key={source} id={source} type="geojson" data={data[source]} promoteId="id" />
        ))}
      {loaded &&
        layers.map(({ entry, layer }) => (
          <Layer key={layer.spec.id} {...datedSpec(layer.spec, { date, from })} layout={{ ...('layout' in layer.spec ? layer.spec.layout : {}), visibility: shown.has(entry.id) ? 'visible' : 'none' }} />
        ))}
      {loaded && changed.map((spec) => <Layer key={spec.id} {...spec} />)}
      {popup && (
        <Popup longitude={popup.at[0]} latitude={popup.at[1]} onClose={onPopupClose} closeButton={false} closeOnClick={false} maxWidth="380px" focusAfterOpen={false} className="quote-popup">
          {popup.content}
        </Popup>
      )}
    </Map>
  );
}
