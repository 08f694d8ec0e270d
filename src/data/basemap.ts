import type { FeatureCollection } from 'geojson';
import countriesUrl from '../../data/basemap/countries.geojson?url';
import bordersUrl from '../../data/basemap/borders.geojson?url';
import labelsUrl from '../../data/basemap/country-labels.geojson?url';
import type { BasemapData } from '../map/basemapStyle.ts';
import { fetchJSON } from './fetchJSON.ts';

/** The basemap's files are served as hashed assets beside the page: same origin, nothing remote. */
export async function loadBasemap(): Promise<BasemapData> {
  const [countries, borders, countryLabels] = await Promise.all([
    fetchJSON<FeatureCollection>(countriesUrl, 'data/basemap/countries.geojson'),
    fetchJSON<FeatureCollection>(bordersUrl, 'data/basemap/borders.geojson'),
    fetchJSON<FeatureCollection>(labelsUrl, 'data/basemap/country-labels.geojson'),
  ]);
  return { countries, borders, countryLabels };
}
