/** Where a popup points and what the camera frames for a feature, whatever its geometry. */
import { along, bbox, length, pointOnFeature } from '@turf/turf';
import type { Feature, LineString } from 'geojson';

export type LngLat = [number, number];

export function anchorOf(f: Feature): LngLat {
  if (f.geometry.type === 'Point') return f.geometry.coordinates as LngLat;
  if (f.geometry.type === 'LineString') {
    const line = f as Feature<LineString>;
    return along(line, length(line) / 2).geometry.coordinates as LngLat;
  }
  return pointOnFeature(f).geometry.coordinates as LngLat;
}

export function boundsOf(fs: Feature[]): [number, number, number, number] {
  return bbox({ type: 'FeatureCollection', features: fs }) as [number, number, number, number];
}
