/** Where a popup points and what the camera frames for a feature, whatever its geometry. */
import { along, bbox, length, lineString, pointOnFeature } from '@turf/turf';
import type { Feature, Position } from 'geojson';
import type { AnyFeature } from '../../geo/schema.ts';

export type LngLat = [number, number];

const lngLat = ([lon, lat]: Position): LngLat => [lon!, lat!];

export function anchorOf(f: AnyFeature): LngLat {
  if (f.geometry.type === 'Point') return lngLat(f.geometry.coordinates);
  if (f.geometry.type === 'LineString') {
    const line = lineString(f.geometry.coordinates);
    return lngLat(along(line, length(line) / 2).geometry.coordinates);
  }
  return lngLat(pointOnFeature(f.geometry).geometry.coordinates);
}

export function boundsOf(fs: Feature[]): [number, number, number, number] {
  const [w, s, e, n] = bbox({ type: 'FeatureCollection', features: fs });
  return [w, s, e, n];
}
