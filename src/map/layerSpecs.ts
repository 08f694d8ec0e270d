/**
 * Small typed builders for the style layers the registry declares. Hover and dimming are driven by
 * feature-state and paint expressions, so neither rebuilds a layer.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { Theme } from './theme.ts';
import { MAP_FONT } from './fonts.ts';

export type Z = 'area' | 'line' | 'point' | 'label';
export interface StyleLayer {
  z: Z;
  /** Whether hover and click answer on this layer. */
  interactive: boolean;
  spec: LayerSpecification;
}

type Base = { id: string; source: string; filter: FilterSpecification };

const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
/** Dimmed while other routes are being compared (set by the comparison through feature-state). */
const dimmed: ExpressionSpecification = ['boolean', ['feature-state', 'dim'], false];
const approximate: ExpressionSpecification = ['==', ['get', 'approximate'], true];
/**
 * Fully opaque, written as a per-feature expression so that every line shares the shader of the routes
 * (width and opacity per feature): each distinct shader is compiled before the first frame, and on
 * software WebGL each costs a tenth of a second or more (`npm run bench`).
 */
const opaque: ExpressionSpecification = ['case', dimmed, 1, 1];
/** No antialiased edge drawn by the fill itself: every area has its own outline layer, and the edge is one more shader. */
const noEdge = { 'fill-antialias': false } as const;

export const allOf = (...fs: (FilterSpecification | ExpressionSpecification)[]): FilterSpecification => ['all', ...fs] as FilterSpecification;
const exactOnly = (f: FilterSpecification) => allOf(f, ['!', approximate]);
const approxOnly = (f: FilterSpecification) => allOf(f, approximate);

export function fill(b: Base, color: string | ExpressionSpecification, opacity: number): StyleLayer {
  return {
    z: 'area',
    interactive: true,
    spec: {
      id: b.id,
      type: 'fill',
      source: b.source,
      filter: b.filter,
      paint: { ...noEdge, 'fill-color': color, 'fill-opacity': ['case', hovered, Math.min(1, opacity + 0.25), opacity] },
    },
  };
}

/** A hatched fill (pattern image registered by MapView), for areas whose extent is derived. */
export function hatch(b: Base, pattern: string, opacity: number): StyleLayer {
  return {
    z: 'area',
    interactive: true,
    spec: { id: b.id, type: 'fill', source: b.source, filter: b.filter, paint: { ...noEdge, 'fill-pattern': pattern, 'fill-opacity': ['case', hovered, 1, opacity] } },
  };
}

/** An area's outline: dotted where the geometry is approximate. Line dashes cannot be data-driven
 *  together with solid lines in one layer, so approximate and exact outlines are two layers. */
export function outline(b: Base, color: string, width: number, t: Theme): StyleLayer[] {
  const paint = { 'line-color': color, 'line-width': ['case', hovered, width + 1.5, width] as ExpressionSpecification, 'line-opacity': opaque };
  return [
    { z: 'line', interactive: false, spec: { id: `${b.id}-exact`, type: 'line', source: b.source, filter: exactOnly(b.filter), paint } },
    { z: 'line', interactive: false, spec: { id: `${b.id}-approx`, type: 'line', source: b.source, filter: approxOnly(b.filter), paint: { ...paint, 'line-dasharray': t.approximateDash } } },
  ];
}

export function line(b: Base, color: string, width: number, dash?: number[]): StyleLayer {
  return {
    z: 'line',
    interactive: true,
    spec: {
      id: b.id,
      type: 'line',
      source: b.source,
      filter: b.filter,
      layout: { 'line-cap': dash ? 'butt' : 'round', 'line-join': 'round' },
      paint: {
        'line-color': color,
        'line-width': ['case', hovered, width + 2, width],
        'line-opacity': ['case', dimmed, 0.2, 1],
        ...(dash ? { 'line-dasharray': dash } : {}),
      },
    },
  };
}

/** A road: a casing (white) under the colour, so it reads over any fill; dashed where approximate. */
export function road(b: Base, color: string, t: Theme): StyleLayer[] {
  return [
    {
      z: 'line',
      interactive: false,
      spec: {
        id: `${b.id}-casing`,
        type: 'line',
        source: b.source,
        filter: b.filter,
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': t.casing, 'line-width': ['case', hovered, 9, 6.5], 'line-opacity': ['case', dimmed, 0.15, 0.9] },
      },
    },
    line({ ...b, id: `${b.id}-exact`, filter: exactOnly(b.filter) }, color, 4),
    line({ ...b, id: `${b.id}-approx`, filter: approxOnly(b.filter) }, color, 4, [2, 1]),
  ];
}

/** A railway: a dark cased line with white ties, the conventional map sign. */
export function rail(b: Base, color: string, t: Theme): StyleLayer[] {
  return [
    line({ ...b, id: `${b.id}-casing` }, color, 5),
    {
      z: 'line',
      interactive: false,
      spec: {
        id: `${b.id}-ties`,
        type: 'line',
        source: b.source,
        filter: b.filter,
        paint: { 'line-color': t.casing, 'line-width': ['case', hovered, 3.5, 2.5], 'line-dasharray': [2, 2], 'line-opacity': ['case', dimmed, 0.2, 1] },
      },
    },
  ];
}

export function circle(b: Base, color: string, radius: number, t: Theme): StyleLayer {
  return {
    z: 'point',
    interactive: true,
    spec: {
      id: b.id,
      type: 'circle',
      source: b.source,
      filter: b.filter,
      paint: { 'circle-color': color, 'circle-radius': ['case', hovered, radius + 3, radius], 'circle-stroke-color': t.casing, 'circle-stroke-width': 1.5 },
    },
  };
}

export function label(b: Base, t: Theme, opts: { size: number; along?: boolean; offset?: boolean; color?: string; field?: ExpressionSpecification; minzoom?: number }): StyleLayer {
  return {
    z: 'label',
    interactive: false,
    spec: {
      id: `${b.id}-label`,
      type: 'symbol',
      source: b.source,
      filter: b.filter,
      ...(opts.minzoom !== undefined ? { minzoom: opts.minzoom } : {}),
      layout: {
        'text-field': opts.field ?? ['get', 'name'],
        'text-font': [MAP_FONT],
        'text-size': opts.size,
        'text-max-width': 9,
        ...(opts.along ? { 'symbol-placement': 'line', 'text-offset': [0, -0.9] } : {}),
        ...(opts.offset ? { 'text-anchor': 'top', 'text-offset': [0, 0.6], 'text-optional': true } : {}),
      },
      paint: { 'text-color': opts.color ?? t.text, 'text-halo-color': t.labelHalo, 'text-halo-width': 1.6 },
    },
  };
}
