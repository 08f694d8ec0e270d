/** The committed data, read the way the tests need it: the truth the screen is compared against. */
import { readFileSync } from 'node:fs';
import type { Feature } from 'geojson';

interface Quote {
  id: string;
  text: string;
}

const quotes = JSON.parse(readFileSync('data/quotes.json', 'utf8')) as Quote[];

export function feature(file: string, id: string): Feature {
  const fc = JSON.parse(readFileSync(`data/${file}.geojson`, 'utf8')) as { features: Feature[] };
  const f = fc.features.find((x) => x.properties?.id === id);
  if (!f) throw new Error(`no feature ${id} in data/${file}.geojson`);
  return f;
}

export function quoteText(id: string): string {
  const q = quotes.find((x) => x.id === id);
  if (!q) throw new Error(`no quote ${id}`);
  return q.text;
}

/** A point to centre the map on: a point's own position, or the middle of the feature's extent. */
export function centreOf(f: Feature): [number, number] {
  const xs: number[] = [];
  const ys: number[] = [];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      xs.push(c[0] as number);
      ys.push(c[1] as number);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  visit((f.geometry as { coordinates: unknown }).coordinates);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}
