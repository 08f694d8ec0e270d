/**
 * Where each data file is served: hashed assets beside the page, addressed relative to the script,
 * so the site works from any sub-path. The loaders fetch from here and the About tab links here, so
 * the files a person downloads are the very bytes the map was drawn from.
 */
import districts from '../../data/districts.geojson?url';
import peacekeeping from '../../data/peacekeeping.geojson?url';
import routes from '../../data/routes.geojson?url';
import places from '../../data/places.geojson?url';
import context from '../../data/context.geojson?url';
import countries from '../../data/basemap/countries.geojson?url';
import borders from '../../data/basemap/borders.geojson?url';
import countryLabels from '../../data/basemap/country-labels.geojson?url';
import lakes from '../../data/basemap/lakes.geojson?url';
import rivers from '../../data/basemap/rivers.geojson?url';
import waterLabels from '../../data/basemap/water-labels.geojson?url';
import quotes from '../../data/quotes.json?url';
import sources from '../../data/sources.json?url';
import events from '../../data/events.json?url';
import analysis from '../../data/analysis.md?url';
import readme from '../../data/README.md?url';
import { FILES } from '../../geo/schema.ts';

/** The served address of each file of geo/schema.ts' FILES table. */
export const FILE_URLS: Record<keyof typeof FILES, string> = { districts, peacekeeping, routes, places, context, countries, borders, countryLabels, lakes, rivers, waterLabels, quotes, sources, events };

/** Every file of data/, by its path in the repository, with its served address. */
export const DATA_FILES: { file: string; url: string }[] = [
  ...(Object.keys(FILES) as (keyof typeof FILES)[]).map((k) => ({ file: FILES[k].file, url: FILE_URLS[k] })),
  { file: 'data/analysis.md', url: analysis },
  { file: 'data/README.md', url: readme },
];

export const ANALYSIS_URL = analysis;
