/**
 * The data contract: what every feature in data/*.geojson carries. The app reads these types,
 * the check (`npm run geo:check`) enforces them. Pure TypeScript, no DOM, no Node.
 */
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Point, Polygon } from 'geojson';

/** Other names of a place or area. `hy` is Armenian, `az` Azerbaijani, `ru` Russian. */
export interface Names {
  az?: string;
  hy?: string;
  ru?: string;
}

/** What every feature of every layer has. */
export interface BaseProps {
  /** Unique across all data files, kebab-case. */
  id: string;
  /** English, spelled as the analysis spells it where it names it. */
  name: string;
  names: Names;
  /** Other spellings the analysis or its sources use that `name` and `names` lack (for search), e.g. "Madagiz". */
  altNames?: string[];
  /** Ids into data/quotes.json. At least one, except for supporting places the analysis does not name. */
  quotes: string[];
  /** True wherever the geometry is schematic or unverified: drawn so and said so in the UI. */
  approximate: boolean;
  /** Where the geometry comes from (a package with version, or facts.md with its source keys). */
  source: string;
  /** Where the analysis and the record differ, or what a reader should know: shown beside the quote. */
  notes?: string[];
}

/** How a district came under Azerbaijani control. */
export type How = 'operation' | 'statement';

export interface DistrictProps extends BaseProps {
  kind: 'district';
  /** ISO date of Azerbaijani control. */
  controlSince: string;
  how: How;
  /** The article of the 10 Nov 2020 statement, when `how` is 'statement'. */
  article?: number;
  /** A short neutral account of the handover, where the analysis tells one. */
  story?: string;
}

export type PeacekeepingKind = 'zone' | 'corridor' | 'corridor-road' | 'patrol' | 'monitoring-centre' | 'hq';

/** A point a hand-drawn line was drawn through, kept on the line so the check can re-test it. */
export interface NamedPoint {
  name: string;
  lon: number;
  lat: number;
}

export interface PeacekeepingProps extends BaseProps {
  kind: PeacekeepingKind;
  /** For lines: the ordered points they were drawn through. */
  waypoints?: NamedPoint[];
}

/** Territories a route passes through; Nakhchivan is Azerbaijan's exclave, kept apart for the figures. */
export type Territory = 'armenia' | 'azerbaijan' | 'nakhchivan';

export interface Waypoint extends NamedPoint {
  /** Where the point lies; 'border' for a crossing point. The segment to the next point lies in
   *  the territory both ends share (a 'border' end takes the other end's). */
  territory: Territory | 'border';
  /** Metres above sea level, with its source, where known (for route profiles). */
  elevation?: number;
  elevationSource?: string;
}

export type Mode = 'road' | 'rail';

export interface RouteProps extends BaseProps {
  kind: 'route';
  mode: Mode;
  /** The analysis' own label, e.g. "E117 highway". */
  labelInAnalysis: string;
  /** Road numbers as verified (e.g. "M13"); empty where none is verified. */
  roadNumbers: string[];
  waypoints: Waypoint[];
  /** Status as of November 2021. */
  status: string;
}

export interface PlaceProps extends BaseProps {
  kind: 'place';
  /** 'named' places appear in the analysis; 'supporting' ones are points the lines pass through. */
  role: 'named' | 'supporting';
  geonamesId?: number;
  /** Metres above sea level (GeoNames `dem`, a 90 m SRTM sample), where the source gives one. */
  elevation?: number;
}

export interface ContextProps extends BaseProps {
  kind: 'nkao-1991' | 'rayon';
}

export type DistrictFeature = Feature<Polygon | MultiPolygon, DistrictProps>;
export type PeacekeepingFeature = Feature<Geometry, PeacekeepingProps>;
export type RouteFeature = Feature<LineString, RouteProps>;
export type PlaceFeature = Feature<Point, PlaceProps>;
export type ContextFeature = Feature<Geometry, ContextProps>;

export interface Quote {
  id: string;
  /** A verbatim excerpt of data/analysis.md (footnote markers such as [7] included where they fall). */
  text: string;
  /** Footnote numbers (data/sources.json) that support it. */
  footnotes: number[];
  /** Where the record differs from what the quote says. */
  note?: string;
}

export interface Source {
  n: number;
  title: string;
  publisher: string;
  /** As printed in the footnote. */
  date: string;
  url: string;
  note?: string;
}

export interface AnalysisEvent {
  /** ISO date (YYYY-MM-DD), or YYYY-MM where only the month is known. */
  date: string;
  title: string;
  quotes: string[];
  features: string[];
  note?: string;
}

/** Every data file the app loads, by its path in the repository. */
export interface Dataset {
  districts: FeatureCollection<Polygon | MultiPolygon, DistrictProps>;
  peacekeeping: FeatureCollection<Geometry, PeacekeepingProps>;
  routes: FeatureCollection<LineString, RouteProps>;
  places: FeatureCollection<Point, PlaceProps>;
  context: FeatureCollection<Geometry, ContextProps>;
  quotes: Quote[];
  sources: Source[];
  events: AnalysisEvent[];
}
