/** `npm run geo:build`: rebuilds every derived file in data/ from its source package. */
import { join } from 'node:path';
import { buildBasemap, WORLD_ATLAS } from './basemap.ts';
import { packAndExtract } from './npmPack.ts';

const DATA = join(import.meta.dirname, '../../data');

buildBasemap(packAndExtract(WORLD_ATLAS), join(DATA, 'basemap'));
console.log('geo:build: data/basemap rebuilt');
