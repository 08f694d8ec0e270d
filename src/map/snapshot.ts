/**
 * The map redrawn off screen at the size of a picture, for export. The map on screen keeps its
 * ordinary WebGL context (no preserveDrawingBuffer, which would cost every frame); a throwaway map
 * with the same style, view, images and feature states is drawn once with a kept buffer, copied
 * to a 2D canvas and removed.
 */
import type { FeatureIdentifier, Map as MapLibreMap } from 'maplibre-gl';
import { maplibregl } from './maplibre.ts';
import { metresPerPixel } from './scale.ts';

export interface Snapshot {
  /** The map at width × height CSS px times the pixel ratio. */
  canvas: HTMLCanvasElement;
  /** Ground metres per CSS px at the centre (for the scale bar). */
  metresPerPixel: number;
}

export interface MapHandle {
  /** The map area's size on screen, CSS px. */
  size(): { width: number; height: number };
  /** The view on screen redrawn at `width` × `height` CSS px: the same centre and the same ground across. */
  snapshot(width: number, height: number, pixelRatio: number): Promise<Snapshot>;
}

/** A handle on `map`; `features` are the ids whose feature state (e.g. dimmed routes) the picture keeps. */
export function mapHandle(map: MapLibreMap, features: FeatureIdentifier[]): MapHandle {
  return {
    size: () => ({ width: map.getContainer().clientWidth, height: map.getContainer().clientHeight }),
    snapshot: (width, height, pixelRatio) => snapshot(map, features, width, height, pixelRatio),
  };
}

async function snapshot(map: MapLibreMap, features: FeatureIdentifier[], width: number, height: number, pixelRatio: number): Promise<Snapshot> {
  const stage = document.createElement('div');
  stage.className = 'snapshot-stage';
  stage.setAttribute('aria-hidden', 'true');
  // CSSOM, not a style attribute: the Content-Security-Policy allows it.
  stage.style.width = `${width}px`;
  stage.style.height = `${height}px`;
  document.body.append(stage);
  const centre = map.getCenter();
  const zoom = map.getZoom() + Math.log2(width / map.getContainer().clientWidth);
  const clone = new maplibregl.Map({
    container: stage,
    style: map.getStyle(),
    center: centre,
    zoom,
    bearing: map.getBearing(),
    pitch: map.getPitch(),
    pixelRatio,
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  // Images the page added at run time (the hatch pattern) are not part of the style: lend them.
  clone.setMissingStyleImageResolver((id) => {
    const img = map.getImage(id);
    if (img) clone.addImage(id, img.data, { pixelRatio: img.pixelRatio, sdf: img.sdf });
  });
  try {
    await new Promise<void>((resolve, reject) => {
      clone.once('error', (e) => reject(e.error instanceof Error ? e.error : new Error('the map could not be drawn')));
      clone.once('load', () => {
        for (const f of features) {
          // MapLibre types feature state as `any`; it holds the flags the layers read (dim, hover).
          // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
          const all: Record<string, unknown> = map.getFeatureState(f);
          const { hover, ...state } = all;
          void hover; // the pointer is not part of the picture
          if (Object.keys(state).length) clone.setFeatureState(f, state);
        }
        clone.once('idle', () => resolve());
      });
    });
    const src = clone.getCanvas();
    const out = document.createElement('canvas');
    out.width = src.width;
    out.height = src.height;
    out.getContext('2d')!.drawImage(src, 0, 0);
    return { canvas: out, metresPerPixel: metresPerPixel(centre.lat, zoom) };
  } finally {
    clone.remove();
    stage.remove();
  }
}
