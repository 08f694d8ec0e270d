/** The committed data, read the way the tests need it: the truth the screen is compared against. */
import { readFileSync } from 'node:fs';
import { parseFile } from '../../geo/parse.ts';
import { FILES, LAYER_FILES, type AnyFeature, type LayerSource } from '../../geo/schema.ts';

const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const quotes = parseFile(FILES.quotes, read(FILES.quotes.file)).items;

/** Every feature of a layer file. */
export const features = (file: LayerSource): AnyFeature[] => parseFile(LAYER_FILES[file], read(LAYER_FILES[file].file)).items;

export function feature(file: LayerSource, id: string): AnyFeature {
  const f = features(file).find((x) => x.properties.id === id);
  if (!f) throw new Error(`no feature ${id} in data/${file}.geojson`);
  return f;
}

/** The name the list and the details show for Aghdam's part handed over in 2020 (several parts share "Aghdam district"). */
export const AGHDAM = feature('districts', 'aghdam-2020').properties.name;
export const SHUSHA = feature('districts', 'shusha').properties.name;

export function quoteText(id: string): string {
  const q = quotes.find((x) => x.id === id);
  if (!q) throw new Error(`no quote ${id}`);
  return q.text;
}

/** A point to centre the map on: a point's own position, or the middle of the feature's extent. */
export function centreOf(f: AnyFeature): [number, number] {
  const xs: number[] = [];
  const ys: number[] = [];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number') {
      xs.push(c[0]);
      ys.push(c[1]);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  visit(f.geometry.coordinates);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}
