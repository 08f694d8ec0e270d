/**
 * `checkData`: every rule of the data contract over the parsed data files. Pure: it takes the files'
 * contents keyed by their path and returns the problems, so unit tests feed it broken copies.
 * First each file is parsed against its schema (geo/schema.ts), item by item, after geojson-validation
 * has judged each feature's GeoJSON; the rules after that (ids, geometry, quotations, references)
 * run only on the items that passed, so they read typed data and cannot trip over a malformed one.
 */
import type * as v from 'valibot';
import { FILES, type AnyFeature, type CountryFeature, type CollectionFile, type ListFile } from '../schema.ts';
import { keysOf, parseOnce } from '../parse.ts';
import { territoriesFrom, type Territories } from '../territories.ts';
import type { Problem } from './problem.ts';
import { checkIdsAndGeometry, geojsonProblems, inRegion } from './collection.ts';
import { checkQuoteRefs } from './properties.ts';
import { checkRouteTerritories, checkWaypointsOnLine } from './lines.ts';
import { checkRouteRules } from './routeRules.ts';
import { checkEvents, checkQuotes, checkSources } from './textData.ts';
import { checkControl } from './control.ts';
import { memoByValue } from './memo.ts';

export const ANALYSIS_FILE = 'data/analysis.md';
export const ALL_FILES = [...Object.values(FILES).map((f) => f.file), ANALYSIS_FILE];

/** `files`: parsed JSON for .json/.geojson paths, the text for data/analysis.md. */
export function checkData(files: Record<string, unknown>): Problem[] {
  const out: Problem[] = [];
  for (const f of ALL_FILES) if (!(f in files)) out.push({ file: f, message: 'is missing' });

  // Refused items are reported once, by their own file: references to them are not reported again.
  const refusedKeys = new Set<string | number>();
  /** The items of one file that pass its schema (none when the file is missing). */
  function parsed<S extends v.GenericSchema>(spec: CollectionFile<S> | ListFile<S>): v.InferOutput<S>[] {
    if (!(spec.file in files)) return [];
    const result = parseOnce(spec, files[spec.file], spec.shape === 'collection' ? geojsonProblems : undefined);
    out.push(...result.problems);
    const raw = spec.shape === 'collection' ? result.refused.map((f) => (f !== null && typeof f === 'object' && 'properties' in f ? f.properties : null)) : result.refused;
    for (const k of [...keysOf(raw, 'id'), ...keysOf(raw, 'n')]) refusedKeys.add(k);
    return result.items;
  }
  const known = (ids: Set<string | number>) => new Set([...ids, ...refusedKeys]);

  const footnotes = checkSources(parsed(FILES.sources), out);
  const analysis = files[ANALYSIS_FILE];
  const quoteIds = checkQuotes(parsed(FILES.quotes), typeof analysis === 'string' ? analysis : '', known(footnotes), out);

  const routes = parsed(FILES.routes);
  const districts = parsed(FILES.districts);
  const peacekeeping = parsed(FILES.peacekeeping);
  const layers: [string, AnyFeature[]][] = [
    [FILES.districts.file, districts],
    [FILES.peacekeeping.file, peacekeeping],
    [FILES.routes.file, routes],
    [FILES.places.file, parsed(FILES.places)],
    [FILES.context.file, parsed(FILES.context)],
  ];
  const seen = new Map<string, string>();
  for (const [file, features] of layers) {
    checkIdsAndGeometry(file, features, seen, out);
    checkQuoteRefs(file, features, known(quoteIds), out);
    checkWaypointsOnLine(file, features.filter(inRegion), out);
  }
  const layerIds = new Set(seen.keys());
  const countries = parsed(FILES.countries);
  checkIdsAndGeometry(FILES.countries.file, countries, seen, out);
  checkIdsAndGeometry(FILES.borders.file, parsed(FILES.borders), seen, out);
  checkIdsAndGeometry(FILES.countryLabels.file, parsed(FILES.countryLabels), seen, out);
  checkIdsAndGeometry(FILES.lakes.file, parsed(FILES.lakes), seen, out);
  checkIdsAndGeometry(FILES.rivers.file, parsed(FILES.rivers), seen, out);
  checkIdsAndGeometry(FILES.waterLabels.file, parsed(FILES.waterLabels), seen, out);

  checkControl(districts.filter(inRegion), peacekeeping.filter(inRegion), out);

  const territories = territoriesOf(countries, out);
  if (territories) {
    const drawn = routes.filter(inRegion);
    checkRouteTerritories(FILES.routes.file, drawn, territories, out);
    checkRouteRules(FILES.routes.file, drawn, territories, out);
  }

  checkEvents(parsed(FILES.events), known(quoteIds), known(layerIds), out);
  return out;
}

/** The same countries give the same territories object, so what is measured against it is remembered (lines.ts). */
const territoriesMemo = memoByValue<CountryFeature[], Territories>(8);

/** Armenia, mainland Azerbaijan and Nakhchivan from the countries that passed, or a problem saying which is missing. */
function territoriesOf(countries: CountryFeature[], out: Problem[]): Territories | null {
  const inside = countries.filter(inRegion);
  const missing = ['armenia', 'azerbaijan'].filter((id) => !inside.some((c) => c.properties.id === id));
  if (missing.length === 0) return territoriesMemo(countries, () => territoriesFrom({ type: 'FeatureCollection', features: inside }));
  out.push({ file: FILES.countries.file, message: `needs ${missing.join(' and ')} to check the routes' territories` });
  return null;
}
