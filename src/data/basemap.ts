import countriesUrl from '../../data/basemap/countries.geojson?url';
import bordersUrl from '../../data/basemap/borders.geojson?url';
import labelsUrl from '../../data/basemap/country-labels.geojson?url';
import { FILES } from '../../geo/schema.ts';
import type { Problem } from '../../geo/check/problem.ts';
import type { BasemapData } from '../map/basemapStyle.ts';
import { loadFile } from './loadFile.ts';

/** The basemap's files are served as hashed assets beside the page: same origin, nothing remote. */
export async function loadBasemap(): Promise<BasemapData & { problems: Problem[] }> {
  const [countries, borders, countryLabels] = await Promise.all([loadFile(FILES.countries, countriesUrl), loadFile(FILES.borders, bordersUrl), loadFile(FILES.countryLabels, labelsUrl)]);
  const fc = <F,>(items: F[]) => ({ type: 'FeatureCollection' as const, features: items });
  return {
    countries: fc(countries.items),
    borders: fc(borders.items),
    countryLabels: fc(countryLabels.items),
    problems: [...countries.problems, ...borders.problems, ...countryLabels.problems],
  };
}
