/**
 * The layer registry: one entry per thing a person can show or hide. The map, the layer panel, the
 * legend and the feature list are all generated from it, so they cannot disagree.
 */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import type { LayerSource } from '../data/dataset.ts';
import type { Theme } from './theme.ts';
import { allOf, circle, fill, hatch, label, line, outline, rail, road, type StyleLayer } from './layerSpecs.ts';

export type GroupId = 'districts' | 'peacekeeping' | 'routes' | 'context';

export const GROUPS: { id: GroupId; label: string }[] = [
  { id: 'districts', label: 'Districts by control' },
  { id: 'peacekeeping', label: 'Peacekeeping' },
  { id: 'routes', label: 'Proposed routes' },
  { id: 'context', label: 'Context' },
];

/** How the legend draws an entry: a filled square, a line (dashed, railway) or a dot. */
export interface Swatch {
  shape: 'area' | 'hatch' | 'line' | 'rail' | 'dot';
  color: string;
  dashed?: boolean;
}

/** What the dashed signs mean: said under every legend (panel, map, picture). */
export const APPROXIMATE_NOTE = 'Dotted outlines and dashed lines mark approximate or schematic geometry.';

export interface LayerEntry {
  id: string;
  group: GroupId;
  label: string;
  source: LayerSource;
  filter: FilterSpecification;
  swatch: Swatch;
  /** Whether this entry is shown when the explorer opens with no layers in the URL. */
  defaultVisible: boolean;
  layers: StyleLayer[];
}

/** The image MapView registers for hatched fills. */
export const HATCH_IMAGE = 'hatch-peacekeeping';

const kind = (k: string): FilterSpecification => ['==', ['get', 'kind'], k];

/** The five routes of the analysis, in the order it lists them. */
export const ROUTE_IDS = ['ijevan-gazakh', 'berd-tovuz', 'angeghakot-bichanak', 'horadiz-meghri-ordubad', 'yeraskh-horadiz-railway'];

export function routeColor(t: Theme, id: string): string {
  return t.routes[id] ?? t.routeFallback;
}

export function buildRegistry(t: Theme, routeNames: Record<string, string>): LayerEntry[] {
  const entry = (
    e: Omit<LayerEntry, 'layers' | 'defaultVisible'> & { defaultVisible?: boolean },
    build: (b: { id: string; source: string; filter: FilterSpecification }) => StyleLayer[],
  ): LayerEntry => ({
    defaultVisible: true,
    ...e,
    layers: build({ id: e.id, source: e.source, filter: e.filter }),
  });
  const pk = t.peacekeeping.main;

  const districtLabels = {
    operation: 'Came under Azerbaijani control in the 2020 fighting',
    statement: 'Handed over under the 10 Nov 2020 statement',
    'held-since-1994': 'Held by Azerbaijan since the 1994 ceasefire',
  } as const;
  const districts = (['operation', 'statement', 'held-since-1994'] as const).map((how) =>
    entry(
      {
        id: `districts-${how}`,
        group: 'districts',
        label: districtLabels[how],
        source: 'districts',
        filter: ['==', ['get', 'how'], how],
        swatch: { shape: 'area', color: t.districts[how], dashed: true },
      },
      (b) => [fill(b, t.districts[how], 0.4), ...outline(b, t.districts.outline, 1.2, t), label(b, t, { size: 13, field: ['get', 'name'] as ExpressionSpecification })],
    ),
  );

  const peacekeeping = [
    entry(
      { id: 'pk-zone', group: 'peacekeeping', label: 'Peacekeeping zone (approximate)', source: 'peacekeeping', filter: kind('zone'), swatch: { shape: 'hatch', color: pk, dashed: true } },
      (b) => [hatch(b, HATCH_IMAGE, 0.8), ...outline(b, pk, 1.5, t)],
    ),
    entry(
      { id: 'pk-corridor', group: 'peacekeeping', label: 'Lachin corridor, 5 km wide', source: 'peacekeeping', filter: kind('corridor'), swatch: { shape: 'area', color: pk, dashed: true } },
      (b) => [fill(b, pk, 0.25), ...outline(b, pk, 1.5, t)],
    ),
    entry({ id: 'pk-corridor-road', group: 'peacekeeping', label: 'Lachin corridor road', source: 'peacekeeping', filter: kind('corridor-road'), swatch: { shape: 'line', color: pk } }, (b) => [
      line(b, pk, 2.5),
    ]),
    entry(
      { id: 'pk-patrols', group: 'peacekeeping', label: 'Patrol lines named in the analysis', source: 'peacekeeping', filter: kind('patrol'), swatch: { shape: 'line', color: pk, dashed: true } },
      (b) => [line(b, pk, 3, [2, 1.5]), label(b, t, { size: 11, along: true, color: pk })],
    ),
    entry(
      {
        id: 'pk-sites',
        group: 'peacekeeping',
        label: 'Monitoring centre and HQ',
        source: 'peacekeeping',
        filter: ['in', ['get', 'kind'], ['literal', ['monitoring-centre', 'hq']]],
        swatch: { shape: 'dot', color: pk },
      },
      (b) => [circle(b, pk, 7, t), label(b, t, { size: 11, offset: true, color: pk })],
    ),
  ];

  const routes = ROUTE_IDS.map((id) =>
    entry(
      {
        id: `route-${id}`,
        group: 'routes',
        label: routeNames[id] ?? id,
        source: 'routes',
        filter: ['==', ['get', 'id'], id],
        swatch: id.endsWith('railway') ? { shape: 'rail', color: routeColor(t, id) } : { shape: 'line', color: routeColor(t, id) },
      },
      (b) => [...(id.endsWith('railway') ? rail(b, routeColor(t, id), t) : road(b, routeColor(t, id), t)), label(b, t, { size: 11, along: true, color: t.routeLabels[id] ?? t.text })],
    ),
  );

  const context = [
    entry(
      { id: 'ctx-nkao', group: 'context', label: 'Former NKAO boundary (1991)', source: 'context', filter: kind('nkao-1991'), swatch: { shape: 'line', color: t.context.nkao, dashed: true } },
      (b) => [
        // Transparent fill so a click inside the outline opens it; the outline carries the look.
        fill(b, t.context.nkao, 0),
        ...outline(b, t.context.nkao, 2, t),
      ],
    ),
    entry(
      {
        id: 'ctx-rayons',
        group: 'context',
        label: 'Neighbouring districts',
        source: 'context',
        filter: kind('rayon'),
        swatch: { shape: 'line', color: t.context.rayon, dashed: true },
        defaultVisible: false,
      },
      (b) => [fill(b, t.context.rayon, 0.08), ...outline(b, t.context.rayon, 1, t), label(b, t, { size: 11, color: t.context.minorLabel })],
    ),
    entry(
      {
        id: 'ctx-places-named',
        group: 'context',
        label: 'Places named in the analysis',
        source: 'places',
        filter: allOf(kind('place'), ['==', ['get', 'role'], 'named']),
        swatch: { shape: 'dot', color: t.context.place },
      },
      (b) => [circle(b, t.context.place, 4.5, t), label(b, t, { size: 12, offset: true })],
    ),
    entry(
      {
        id: 'ctx-places-supporting',
        group: 'context',
        label: 'Other places on the lines',
        source: 'places',
        filter: allOf(kind('place'), ['==', ['get', 'role'], 'supporting']),
        swatch: { shape: 'dot', color: t.context.supportingPlace },
        defaultVisible: false,
      },
      (b) => [circle(b, t.context.supportingPlace, 3.5, t), label(b, t, { size: 10, offset: true, color: t.context.minorLabel, minzoom: 8 })],
    ),
  ];

  return [...context.slice(0, 2), ...districts, ...peacekeeping, ...routes, ...context.slice(2)];
}

/** Style layers in drawing order: areas, then lines, points and labels, each in registry order. */
export function drawOrder(registry: LayerEntry[]): { entry: LayerEntry; layer: StyleLayer }[] {
  const zs = ['area', 'line', 'point', 'label'] as const;
  return zs.flatMap((z) => registry.flatMap((entry) => entry.layers.filter((l) => l.z === z).map((layer) => ({ entry, layer }))));
}

export const interactiveLayerIds = (registry: LayerEntry[]): string[] => registry.flatMap((e) => e.layers.filter((l) => l.interactive).map((l) => l.spec.id));

/** The registry entry that draws a feature, for the feature list and the URL. */
export function entryFor(registry: LayerEntry[], source: LayerSource, props: Record<string, unknown>): LayerEntry | undefined {
  return registry.find((e) => e.source === source && matches(e.filter, props));
}

/** The features an entry draws, out of its source's features (each feature belongs to one entry). */
export function featuresOf<F extends { properties: Record<string, unknown> }>(registry: LayerEntry[], entry: LayerEntry, features: F[]): F[] {
  return features.filter((f) => entryFor(registry, entry.source, f.properties) === entry);
}

/** Evaluates the few filter shapes the registry uses, without the map (the list needs them too). */
function matches(f: FilterSpecification, p: Record<string, unknown>): boolean {
  const [op, ...args] = f as unknown[];
  if (op === 'all') return (args as FilterSpecification[]).every((a) => matches(a, p));
  const key = (args[0] as unknown[])[1] as string;
  if (op === '==') return p[key] === args[1];
  if (op === 'in') return ((args[1] as unknown[])[1] as unknown[]).includes(p[key]);
  throw new Error(`registry filter not understood: ${JSON.stringify(f)}`);
}
