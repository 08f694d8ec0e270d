/**
 * The map on a chosen date, as MapLibre expressions over the features' own dates: the same GeoJSON
 * stays loaded and only filters and paint change when the slider moves (design.md, "State by date
 * with expressions"). With no date the layers are left exactly as the registry declares them.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { PEACEKEEPING_FROM } from './dates.ts';
import { theme } from '../map/theme.ts';

export interface TimeView {
  date?: string;
  from?: string;
}

/** Ground not yet under Azerbaijani control on the chosen date. */
export const PENDING_COLOR = theme.time.pending;
/** The outline of what changed between the two compared dates. */
export const CHANGED_COLOR = theme.time.changed;

const controlSince: ExpressionSpecification = ['to-string', ['get', 'controlSince']];
const since: ExpressionSpecification = ['to-string', ['coalesce', ['get', 'since'], PEACEKEEPING_FROM]];

const withFilter = (spec: LayerSpecification, extra: ExpressionSpecification): LayerSpecification => {
  if (spec.type === 'background' || spec.type === 'raster' || spec.type === 'hillshade' || spec.type === 'color-relief') return spec;
  return { ...spec, filter: (spec.filter ? ['all', spec.filter, extra] : extra) as FilterSpecification };
};

/** A registry layer as it is drawn on `time.date`. */
export function datedSpec(spec: LayerSpecification, time: TimeView): LayerSpecification {
  const date = time.date;
  if (!date || !('source' in spec)) return spec;
  if (spec.source === 'peacekeeping') return withFilter(spec, ['<=', since, date]);
  if (spec.source === 'districts' && spec.type === 'fill' && spec.paint?.['fill-color'] !== undefined) {
    const color = spec.paint['fill-color'] as ExpressionSpecification | string;
    return { ...spec, paint: { ...spec.paint, 'fill-color': ['case', ['<=', controlSince, date], color, PENDING_COLOR] } };
  }
  return spec;
}

/** Extra outlines for what changed between `from` and `date` (none unless both are set). */
export function changeLayers(time: TimeView): LayerSpecification[] {
  if (!time.date || !time.from) return [];
  const [earlier, later] = time.from <= time.date ? [time.from, time.date] : [time.date, time.from];
  const span = (d: ExpressionSpecification): ExpressionSpecification => ['all', ['>', d, earlier], ['<=', d, later]];
  const outline = (id: string, source: string, d: ExpressionSpecification): LayerSpecification => ({
    id,
    type: 'line',
    source,
    filter: span(d) as FilterSpecification,
    paint: { 'line-color': CHANGED_COLOR, 'line-width': 4, 'line-opacity': 0.9 },
  });
  return [outline('time-changed-districts', 'districts', controlSince), outline('time-changed-peacekeeping', 'peacekeeping', since)];
}
