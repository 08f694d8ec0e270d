import { useMemo } from 'react';
import { Map, NavigationControl, ScaleControl, AttributionControl, type MapRef } from '@vis.gl/react-maplibre';
import { maplibregl } from './maplibre.ts';
import { basemapStyle, type BasemapData } from './basemapStyle.ts';
import { theme } from './theme.ts';
import { VIEW_BBOX } from '../../geo/region.ts';

export interface MapViewProps {
  basemap: BasemapData;
  credits: string[];
  onMap?: (map: MapRef | null) => void;
}

/** The only component that talks to the map library. */
export function MapView({ basemap, credits, onMap }: MapViewProps) {
  const style = useMemo(() => basemapStyle(theme, basemap), [basemap]);
  const [w, s, e, n] = VIEW_BBOX;
  return (
    <Map
      ref={onMap}
      mapLib={maplibregl}
      mapStyle={style}
      initialViewState={{ bounds: [w, s, e, n], fitBoundsOptions: { padding: 16 } }}
      attributionControl={false}
      style={{ position: 'absolute', inset: 0 }}
    >
      <NavigationControl position="top-right" />
      <ScaleControl position="bottom-left" unit="metric" />
      <AttributionControl position="bottom-right" compact={false} customAttribution={credits} />
    </Map>
  );
}
