import { FILES } from '../../geo/schema.ts';
import type { Problem } from '../../geo/check/problem.ts';
import type { BasemapData } from '../map/basemapStyle.ts';
import { loadFile } from './loadFile.ts';
import { FILE_URLS as URLS } from './files.ts';

/** The basemap's files are served as hashed assets beside the page: same origin, nothing remote. */
export async function loadBasemap(): Promise<BasemapData & { problems: Problem[] }> {
  const [countries, borders, countryLabels] = await Promise.all([loadFile(FILES.countries, URLS.countries), loadFile(FILES.borders, URLS.borders), loadFile(FILES.countryLabels, URLS.countryLabels)]);
  const fc = <F,>(items: F[]) => ({ type: 'FeatureCollection' as const, features: items });
  return {
    countries: fc(countries.items),
    borders: fc(borders.items),
    countryLabels: fc(countryLabels.items),
    problems: [...countries.problems, ...borders.problems, ...countryLabels.problems],
  };
}
