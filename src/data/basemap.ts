import { FILES } from '../../geo/schema.ts';
import type { Problem } from '../../geo/check/problem.ts';
import type { BasemapData } from '../map/basemapStyle.ts';
import { loadFile } from './loadFile.ts';
import { FILE_URLS as URLS } from './files.ts';

/** The basemap's files are served as hashed assets beside the page: same origin, nothing remote. */
export async function loadBasemap(): Promise<BasemapData & { problems: Problem[] }> {
  const [countries, borders, countryLabels, lakes, rivers, waterLabels] = await Promise.all([
    loadFile(FILES.countries, URLS.countries),
    loadFile(FILES.borders, URLS.borders),
    loadFile(FILES.countryLabels, URLS.countryLabels),
    loadFile(FILES.lakes, URLS.lakes),
    loadFile(FILES.rivers, URLS.rivers),
    loadFile(FILES.waterLabels, URLS.waterLabels),
  ]);
  const fc = <F,>(items: F[]) => ({ type: 'FeatureCollection' as const, features: items });
  const all = [countries, borders, countryLabels, lakes, rivers, waterLabels];
  return {
    countries: fc(countries.items),
    borders: fc(borders.items),
    countryLabels: fc(countryLabels.items),
    lakes: fc(lakes.items),
    rivers: fc(rivers.items),
    waterLabels: fc(waterLabels.items),
    problems: all.flatMap((f) => f.problems),
  };
}
