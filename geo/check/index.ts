/**
 * `checkData`: every rule of the data contract over the parsed data files. Pure: it takes the files'
 * contents keyed by their path and returns the problems, so unit tests feed it broken copies.
 */
import type { FeatureCollection } from 'geojson';
import { territoriesFrom } from '../territories.ts';
import type { Problem } from './problem.ts';
import { asCollection, checkIdsAndGeometry } from './collection.ts';
import { checkProperties, LAYER_FILES } from './properties.ts';
import { checkRouteTerritories, checkWaypointsOnLine } from './lines.ts';
import { checkEvents, checkQuotes, checkSources } from './textData.ts';
import { checkControl } from './control.ts';

export const BASEMAP_FILES = ['data/basemap/countries.geojson', 'data/basemap/borders.geojson', 'data/basemap/country-labels.geojson'];
export const JSON_FILES = ['data/quotes.json', 'data/sources.json', 'data/events.json'];
export const ANALYSIS_FILE = 'data/analysis.md';
export const ALL_FILES = [...LAYER_FILES, ...BASEMAP_FILES, ...JSON_FILES, ANALYSIS_FILE];

/** `files`: parsed JSON for .json/.geojson paths, the text for data/analysis.md. */
export function checkData(files: Record<string, unknown>): Problem[] {
  const out: Problem[] = [];
  for (const f of ALL_FILES) if (!(f in files)) out.push({ file: f, message: 'is missing' });

  const footnotes = checkSources(files['data/sources.json'], out);
  const quoteIds = checkQuotes(files['data/quotes.json'], String(files[ANALYSIS_FILE] ?? ''), footnotes, out);

  const seen = new Map<string, string>();
  const collections = new Map<string, FeatureCollection>();
  for (const file of [...LAYER_FILES, ...BASEMAP_FILES]) {
    if (!(file in files)) continue;
    const fc = asCollection(file, files[file], out);
    if (!fc) continue;
    collections.set(file, fc);
    checkIdsAndGeometry(file, fc, seen, out);
  }
  for (const file of LAYER_FILES) {
    const fc = collections.get(file);
    if (!fc) continue;
    checkProperties(file, fc, quoteIds, out);
    checkWaypointsOnLine(file, fc, out);
  }
  const districts = collections.get('data/districts.geojson');
  const peacekeeping = collections.get('data/peacekeeping.geojson');
  if (districts && peacekeeping) checkControl(districts, peacekeeping, out);
  const routes = collections.get('data/routes.geojson');
  const countries = collections.get('data/basemap/countries.geojson');
  if (routes && countries) checkRouteTerritories('data/routes.geojson', routes, territoriesFrom(countries), out);

  const featureIds = new Set([...seen.entries()].filter(([, file]) => LAYER_FILES.includes(file)).map(([id]) => id));
  checkEvents(files['data/events.json'], quoteIds, featureIds, out);
  return out;
}
