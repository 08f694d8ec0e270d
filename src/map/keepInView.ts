/**
 * Pans the map so the open popup sits wholly inside the map and clear of its controls (zoom buttons,
 * scale bar, credits): nothing a reader needs may hide under them.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

const MARGIN = 8;

export function keepInView(map: MapLibreMap): void {
  const container = map.getContainer();
  const popup = container.querySelector('.maplibregl-popup');
  if (!popup) return;
  const box = container.getBoundingClientRect();
  const p = popup.getBoundingClientRect();
  // Wholly off the map: the view moved away before this frame ran; nudging would fly the map back.
  if (p.right <= box.left || p.left >= box.right || p.bottom <= box.top || p.top >= box.bottom) return;
  const controls = [...container.querySelectorAll('.maplibregl-ctrl')].map((c) => c.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
  // The free band: below the controls at the top, above those at the bottom, within the sides.
  const mid = box.top + box.height / 2;
  const top = Math.max(box.top, ...controls.filter((r) => r.top < mid && overlapsX(r, p)).map((r) => r.bottom)) + MARGIN;
  const bottom = Math.min(box.bottom, ...controls.filter((r) => r.top >= mid && overlapsX(r, p)).map((r) => r.top)) - MARGIN;
  const left = box.left + MARGIN;
  const right = box.right - MARGIN;
  let dx = 0;
  let dy = 0;
  if (p.left < left) dx = p.left - left;
  else if (p.right > right) dx = Math.min(p.right - right, p.left - left);
  // Too tall for the band: its top edge (the name and the start of the quotation) wins.
  if (p.top < top || p.height > bottom - top) dy = p.top - top;
  else if (p.bottom > bottom) dy = p.bottom - bottom;
  if (dx || dy) map.panBy([dx, dy], { duration: 300 });
}

const overlapsX = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right;
