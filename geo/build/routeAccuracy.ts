/**
 * Accuracy rows for the routes, measured on the committed files by the check's own measures
 * (geo/check/routeRules.ts): how much of each line lies outside the territory its waypoints declare
 * (against the basemap the map draws), and the railway's sections against the stations' kilometre
 * posts, each with how it stands against its rule.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { AccuracyRow } from './accuracyRow.ts';
import { FILES } from '../schema.ts';
import { parseFile } from '../parse.ts';
import { territoriesFrom } from '../territories.ts';
import { routeMeasures, verdict } from '../check/routeRules.ts';

/** A data file by its path in the repository (FILES), from the data folder. */
const read = (dataDir: string, file: string): unknown => JSON.parse(readFileSync(join(dataDir, '..', file), 'utf8'));

export function routeAccuracy(dataDir: string): AccuracyRow[] {
  const routes = parseFile(FILES.routes, read(dataDir, FILES.routes.file)).items;
  const territories = territoriesFrom(read(dataDir, FILES.countries.file) as FeatureCollection);
  return routeMeasures(routes, territories).map((m) => ({
    layer: m.rule === 'outside' ? `Route ${m.what}` : `Railway ${m.what}`,
    reference: m.reference,
    measure: m.rule === 'outside' ? 'Length outside them (share of the line); the rule' : 'Length along the drawn line; the rule',
    value: `${m.value}; ${verdict(m).text}`,
  }));
}
