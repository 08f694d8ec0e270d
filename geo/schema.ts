/**
 * The data contract: one valibot schema per data file. The TypeScript types below are inferred from
 * the schemas, `npm run geo:check` validates every file with them before any geometry rule runs, and
 * the app parses what it fetches with them (geo/parse.ts). Pure TypeScript, no DOM, no Node.
 */
import * as v from 'valibot';
import type { Parsed } from './parse.ts';

// ── Building blocks ─────────────────────────────────────────────────────────────────────────────

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (s: string): boolean => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s);

/** Text a person reads: a string with something in it. */
const text = v.pipe(
  v.string(),
  v.check((s) => s.trim().length > 0, 'must not be empty'),
);
const textList = v.array(text);
/** Unique across all data files (the check enforces uniqueness), kebab-case. */
const kebabId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case text'));
const isoDate = v.pipe(v.string(), v.regex(ISO_DATE, 'must be a date YYYY-MM-DD'), v.check(isRealDate, 'is not a real date'));
const coordinate = v.pipe(v.number('must be a finite number'), v.finite('must be a finite number'));
const httpUrl = v.pipe(v.string(), v.regex(/^https?:\/\//, 'must be an http(s) address'), v.url('must be a valid address'));

/** An object with exactly these fields: a misspelt or unknown field is named, not silently dropped. */
const strict = <E extends v.ObjectEntries>(entries: E) =>
  v.strictObject(entries, (issue) =>
    issue.expected === 'never' ? 'is not a field of the data contract (geo/schema.ts)' : issue.received === 'undefined' ? 'is missing' : `must be an object (got ${issue.received})`,
  );

// ── Geometry (geojson-validation checks the GeoJSON structure in geo:check; these give the app typed
//    geometry it can draw and measure, and refuse what would crash it, such as a null geometry). ──

const position = v.pipe(
  v.array(coordinate),
  v.minLength(2, 'a position needs longitude and latitude'),
  v.maxLength(3),
  v.check((p) => Math.abs(p[0]!) <= 180 && Math.abs(p[1]!) <= 90, 'is not a longitude and latitude'),
);
const ring = v.pipe(
  v.array(position),
  v.minLength(4, 'a polygon ring needs at least 4 positions'),
  v.check((r) => r[0]!.every((c, i) => c === r[r.length - 1]![i]), 'a polygon ring must end where it starts'),
);
const lineCoordinates = v.pipe(v.array(position), v.minLength(2, 'a line needs at least 2 positions'));

export const PointSchema = v.object({ type: v.literal('Point'), coordinates: position });
export const LineStringSchema = v.object({ type: v.literal('LineString'), coordinates: lineCoordinates });
const MultiLineStringSchema = v.object({ type: v.literal('MultiLineString'), coordinates: v.array(lineCoordinates) });
const PolygonSchema = v.object({ type: v.literal('Polygon'), coordinates: v.pipe(v.array(ring), v.minLength(1)) });
const MultiPolygonSchema = v.object({ type: v.literal('MultiPolygon'), coordinates: v.pipe(v.array(v.pipe(v.array(ring), v.minLength(1))), v.minLength(1)) });
const AreaSchema = v.variant('type', [PolygonSchema, MultiPolygonSchema]);
const AnyGeometrySchema = v.variant('type', [PointSchema, LineStringSchema, MultiLineStringSchema, PolygonSchema, MultiPolygonSchema]);

const feature = <P extends v.GenericSchema, G extends v.GenericSchema>(properties: P, geometry: G) => v.object({ type: v.literal('Feature'), properties, geometry });

// ── What every feature of every layer has ───────────────────────────────────────────────────────

/** Other names of a place or area. `hy` is Armenian, `az` Azerbaijani, `ru` Russian. */
const NamesSchema = strict({ az: v.optional(text), hy: v.optional(text), ru: v.optional(text) });

const base = {
  id: kebabId,
  /** English, spelled as the analysis spells it where it names it. */
  name: text,
  names: NamesSchema,
  /** Other spellings the analysis or its sources use that `name` and `names` lack (for search), e.g. "Madagiz". */
  altNames: v.optional(textList),
  /** Ids into data/quotes.json. At least one, except for supporting places the analysis does not name. */
  quotes: textList,
  /** True wherever the geometry is schematic or unverified: drawn so and said so in the UI. */
  approximate: v.boolean('must be true or false'),
  /** Where the geometry comes from (a package with version, or facts.md with its source keys). */
  source: text,
  /** Where the analysis and the record differ, or what a reader should know: shown beside the quote. */
  notes: v.optional(textList),
};

/** A point a hand-drawn line was drawn through, kept on the line so the check can re-test it. */
const NamedPointSchema = strict({ name: text, lon: coordinate, lat: coordinate });

/** Territories a route passes through; Nakhchivan is Azerbaijan's exclave, kept apart for the figures. */
export const TERRITORIES = ['armenia', 'azerbaijan', 'nakhchivan'] as const;

const WaypointSchema = v.pipe(
  strict({
    ...NamedPointSchema.entries,
    /** Where the point lies; 'border' for a crossing point. The segment to the next point lies in
     *  the territory both ends share (a 'border' end takes the other end's). */
    territory: v.picklist([...TERRITORIES, 'border']),
    /** Metres above sea level, with its source, where known (for route profiles). */
    elevation: v.optional(coordinate),
    elevationSource: v.optional(text),
  }),
  // A height means nothing without what it is (a town's terrain sample, a cited pass): never one without the other.
  v.check((w) => (w.elevation === undefined) === (w.elevationSource === undefined), 'a height needs its source (elevationSource), and a source its height'),
);

// ── Layer files ─────────────────────────────────────────────────────────────────────────────────

const DistrictPropsSchema = v.pipe(
  strict({
    ...base,
    kind: v.literal('district'),
    /** The district (rayon) the part belongs to, e.g. 'fuzuli'; one district may have several parts. */
    district: kebabId,
    /** ISO date from which Azerbaijan controlled the part ('1994-05-12', the ceasefire, for ground held throughout). */
    controlSince: isoDate,
    /** How the part came under Azerbaijani control: taken in the 2020 fighting, handed over under the
     *  10 Nov 2020 statement, or held by Azerbaijan throughout since the 1994 ceasefire. */
    how: v.picklist(['operation', 'statement', 'held-since-1994']),
    /** A short neutral sentence: what the date is (an announcement, a handover, the ceasefire). */
    dateBasis: text,
    /** How far the drawn boundary may be from the true one, in km (the source lines are off by km). */
    precisionKm: v.pipe(v.number(), v.finite(), v.gtValue(0, 'must be a positive number of km')),
    /** The article of the 10 Nov 2020 statement, when `how` is 'statement'. */
    article: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(9))),
    /** A short neutral account of the handover, where the analysis tells one. */
    story: v.optional(text),
  }),
  v.forward(
    v.partialCheck([['how'], ['article']], (p) => p.how !== 'statement' || p.article !== undefined, 'a statement handover needs the article number (1–9)'),
    ['article'],
  ),
);

/** ISO date from which the feature stood (10 Nov 2020 for the deployment; the monitoring centre opened later). */
const peacekeepingBase = { ...base, since: isoDate };
const PEACEKEEPING_KINDS = ['zone', 'corridor', 'corridor-road', 'patrol', 'monitoring-centre', 'hq'];
const PeacekeepingPropsSchema = v.variant(
  'kind',
  [
    strict({ ...peacekeepingBase, kind: v.picklist(['zone', 'corridor']) }),
    /** Lines keep the ordered points they were drawn through. */
    strict({ ...peacekeepingBase, kind: v.picklist(['corridor-road', 'patrol']), waypoints: v.pipe(v.array(NamedPointSchema), v.minLength(2)) }),
    strict({ ...peacekeepingBase, kind: v.picklist(['monitoring-centre', 'hq']) }),
  ],
  (issue) => `must be one of ${PEACEKEEPING_KINDS.join(', ')} (got ${issue.received})`,
);

const RoutePropsSchema = strict({
  ...base,
  kind: v.literal('route'),
  mode: v.picklist(['road', 'rail']),
  /** The analysis' own label, e.g. "E117 highway". */
  labelInAnalysis: text,
  /** Road numbers as verified (e.g. "M13"); empty where none is verified. */
  roadNumbers: textList,
  waypoints: v.pipe(v.array(WaypointSchema), v.minLength(2, 'a route needs at least 2 waypoints')),
  /** Status as of November 2021. */
  status: text,
});

const PlacePropsSchema = strict({
  ...base,
  kind: v.literal('place'),
  /** 'named' places appear in the analysis; 'supporting' ones are points the lines pass through. */
  role: v.picklist(['named', 'supporting']),
  geonamesId: v.optional(v.pipe(v.number(), v.integer())),
  /** Metres above sea level (GeoNames `dem`, a 90 m SRTM sample), where the source gives one. */
  elevation: v.optional(coordinate),
});

const ContextPropsSchema = strict({ ...base, kind: v.picklist(['nkao-1991', 'rayon']) });

/** Which geometry each peacekeeping kind is drawn with. */
const PEACEKEEPING_GEOMETRY: Record<v.InferOutput<typeof PeacekeepingPropsSchema>['kind'], string[]> = {
  zone: ['Polygon', 'MultiPolygon'],
  corridor: ['Polygon', 'MultiPolygon'],
  'corridor-road': ['LineString'],
  patrol: ['LineString'],
  'monitoring-centre': ['Point'],
  hq: ['Point'],
};

export const DistrictFeatureSchema = feature(DistrictPropsSchema, AreaSchema);
export const PeacekeepingFeatureSchema = v.pipe(
  feature(PeacekeepingPropsSchema, AnyGeometrySchema),
  v.forward(
    v.check((f) => PEACEKEEPING_GEOMETRY[f.properties.kind].includes(f.geometry.type), 'does not match the kind (zones and corridors are areas, roads and patrols lines, sites points)'),
    ['geometry', 'type'],
  ),
);
export const RouteFeatureSchema = feature(RoutePropsSchema, LineStringSchema);
export const PlaceFeatureSchema = feature(PlacePropsSchema, PointSchema);
export const ContextFeatureSchema = feature(ContextPropsSchema, AreaSchema);

// ── Basemap files ───────────────────────────────────────────────────────────────────────────────

export const CountryFeatureSchema = feature(strict({ id: kebabId, name: text, names: NamesSchema, source: text }), AreaSchema);
export const BorderFeatureSchema = feature(strict({ id: kebabId, source: text }), v.variant('type', [LineStringSchema, MultiLineStringSchema]));
export const CountryLabelFeatureSchema = feature(strict({ id: kebabId, name: text, names: NamesSchema, rank: v.pipe(v.number(), v.integer()) }), PointSchema);
/** Lakes, reservoirs and the Caspian; unnamed water bodies have no name. `basis` says how a name was matched to the polygon. */
export const WaterFeatureSchema = feature(
  strict({ id: kebabId, kind: v.picklist(['sea', 'lake', 'reservoir', 'water']), name: v.optional(text), names: v.optional(NamesSchema), source: text, basis: v.optional(text) }),
  AreaSchema,
);
/** Named rivers, and one feature holding every other river line. */
export const RiverFeatureSchema = feature(
  strict({ id: kebabId, name: v.optional(text), names: v.optional(NamesSchema), source: text, basis: v.optional(text) }),
  v.variant('type', [LineStringSchema, MultiLineStringSchema]),
);

// ── Text files ──────────────────────────────────────────────────────────────────────────────────

export const QuoteSchema = strict({
  id: kebabId,
  /** A verbatim excerpt of data/analysis.md (footnote markers such as [7] included where they fall). */
  text,
  /** Footnote numbers (data/sources.json) that support it. */
  footnotes: v.array(v.pipe(v.number(), v.integer())),
  /** Where the record differs from what the quote says. */
  note: v.optional(text),
});

export const SourceSchema = strict({
  n: v.pipe(v.number(), v.integer(), v.minValue(1)),
  title: text,
  publisher: text,
  /** As printed in the footnote ("" when it prints none). */
  date: v.string(),
  url: httpUrl,
  note: v.optional(text),
});

export const EventSchema = strict({
  /** ISO date (YYYY-MM-DD), or YYYY-MM where only the month is known. */
  date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be YYYY-MM-DD or YYYY-MM')),
  title: text,
  quotes: textList,
  features: textList,
  note: v.optional(text),
});

// ── Every data file, by its path in the repository ───────────────────────────────────────────────

/** How a problem names an item of a file: a feature by its id, a footnote by its number. */
type Label = (item: unknown, index: number) => string;

const field = (item: unknown, key: string): unknown => (item !== null && typeof item === 'object' && key in item ? Object.getOwnPropertyDescriptor(item, key)?.value : undefined);
/** A field as text in a problem's label, or `fallback` when it is missing or not a plain value. */
const fieldText = (item: unknown, key: string, fallback: string): string => {
  const x = field(item, key);
  return typeof x === 'string' || typeof x === 'number' ? String(x) : fallback;
};
const featureLabel: Label = (f, i) => {
  const id = field(field(f, 'properties'), 'id');
  return typeof id === 'string' && id ? id : `feature #${i + 1} (no id)`;
};

/** A file whose top level is a GeoJSON FeatureCollection of `item`s. */
export interface CollectionFile<S extends v.GenericSchema> {
  file: string;
  shape: 'collection';
  item: S;
  label: Label;
  /** geo:check's parse of each file object it has seen (geo/parse.ts parseOnce). */
  checked: WeakMap<object, Parsed<v.InferOutput<S>>>;
}
/** A file whose top level is a JSON list of `item`s. */
export interface ListFile<S extends v.GenericSchema> {
  file: string;
  shape: 'list';
  item: S;
  label: Label;
  /** geo:check's parse of each file object it has seen (geo/parse.ts parseOnce). */
  checked: WeakMap<object, Parsed<v.InferOutput<S>>>;
}

const collectionFile = <S extends v.GenericSchema>(file: string, item: S): CollectionFile<S> => ({ file, shape: 'collection', item, label: featureLabel, checked: new WeakMap() });
const listFile = <S extends v.GenericSchema>(file: string, item: S, label: Label): ListFile<S> => ({ file, shape: 'list', item, label, checked: new WeakMap() });

export const FILES = {
  districts: collectionFile('data/districts.geojson', DistrictFeatureSchema),
  peacekeeping: collectionFile('data/peacekeeping.geojson', PeacekeepingFeatureSchema),
  routes: collectionFile('data/routes.geojson', RouteFeatureSchema),
  places: collectionFile('data/places.geojson', PlaceFeatureSchema),
  context: collectionFile('data/context.geojson', ContextFeatureSchema),
  countries: collectionFile('data/basemap/countries.geojson', CountryFeatureSchema),
  borders: collectionFile('data/basemap/borders.geojson', BorderFeatureSchema),
  countryLabels: collectionFile('data/basemap/country-labels.geojson', CountryLabelFeatureSchema),
  lakes: collectionFile('data/basemap/lakes.geojson', WaterFeatureSchema),
  rivers: collectionFile('data/basemap/rivers.geojson', RiverFeatureSchema),
  waterLabels: collectionFile('data/basemap/water-labels.geojson', CountryLabelFeatureSchema),
  quotes: listFile('data/quotes.json', QuoteSchema, (q, i) => fieldText(q, 'id', `quote #${i + 1} (no id)`)),
  sources: listFile('data/sources.json', SourceSchema, (s, i) => `footnote ${fieldText(s, 'n', `#${i + 1} (no n)`)}`),
  events: listFile('data/events.json', EventSchema, (e, i) => `${fieldText(e, 'date', `event #${i + 1}`)} ${fieldText(e, 'title', '')}`.trim()),
} as const;

// ── The types the code uses, all inferred from the schemas above ──────────────────────────────────

export type Names = v.InferOutput<typeof NamesSchema>;
export type NamedPoint = v.InferOutput<typeof NamedPointSchema>;
export type Territory = (typeof TERRITORIES)[number];
export type Waypoint = v.InferOutput<typeof WaypointSchema>;

export type DistrictFeature = v.InferOutput<typeof DistrictFeatureSchema>;
export type PeacekeepingFeature = v.InferOutput<typeof PeacekeepingFeatureSchema>;
export type RouteFeature = v.InferOutput<typeof RouteFeatureSchema>;
export type PlaceFeature = v.InferOutput<typeof PlaceFeatureSchema>;
export type ContextFeature = v.InferOutput<typeof ContextFeatureSchema>;
export type CountryFeature = v.InferOutput<typeof CountryFeatureSchema>;

export type DistrictProps = DistrictFeature['properties'];
export type PeacekeepingProps = PeacekeepingFeature['properties'];
export type PeacekeepingKind = PeacekeepingProps['kind'];
export type RouteProps = RouteFeature['properties'];
export type Mode = RouteProps['mode'];
export type PlaceProps = PlaceFeature['properties'];
export type ContextProps = ContextFeature['properties'];
/** Any feature of any layer: a union discriminated on `properties.kind`. */
export type AnyFeature = DistrictFeature | PeacekeepingFeature | RouteFeature | PlaceFeature | ContextFeature;
export type Kind = AnyFeature['properties']['kind'];

export type Quote = v.InferOutput<typeof QuoteSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type AnalysisEvent = v.InferOutput<typeof EventSchema>;

export interface Collection<F> {
  type: 'FeatureCollection';
  features: F[];
}

/** Every data file the app loads, by its path in the repository. */
export interface Dataset {
  districts: Collection<DistrictFeature>;
  peacekeeping: Collection<PeacekeepingFeature>;
  routes: Collection<RouteFeature>;
  places: Collection<PlaceFeature>;
  context: Collection<ContextFeature>;
  quotes: Quote[];
  sources: Source[];
  events: AnalysisEvent[];
}

/** The layer files, by the source name the map uses for each. */
export const LAYER_SOURCES = ['districts', 'peacekeeping', 'routes', 'places', 'context'] as const;
export type LayerSource = (typeof LAYER_SOURCES)[number];

/** The layer files seen alike, for code that handles any of them (each still parses with its own schema). */
export const LAYER_FILES: Record<LayerSource, CollectionFile<v.GenericSchema<unknown, AnyFeature>>> = {
  districts: FILES.districts,
  peacekeeping: FILES.peacekeeping,
  routes: FILES.routes,
  places: FILES.places,
  context: FILES.context,
};
