/**
 * Natural Earth's `disputed_borders` lines (public domain) as shipped in Debian's qgis-common
 * (`world_map.gpkg`): the former NKAO outline and the 1994 ceasefire line are both stored as unordered
 * line segments. Reading them needs `ogr2ogr`: `apt-get install -y qgis-common gdal-bin`
 * (built with qgis-common 3.22.16, GDAL 3.6.2).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { distance } from '@turf/turf';
import type { FeatureCollection, MultiLineString, Position } from 'geojson';

export const QGIS_WORLD_MAP = '/usr/share/qgis/resources/data/world_map.gpkg';
/** The source lines leave gaps of up to ~0.25 km between segments; anything wider means a wrong match. */
const MAX_GAP_KM = 1;

/** The segments of one named line, in the gpkg's feature order; says what to install when a tool is missing. */
export function readSegments(gpkg: string, name: string): Position[][] {
  if (!existsSync(gpkg)) throw new Error(`${gpkg} is missing: apt-get install -y qgis-common`);
  let json: string;
  try {
    json = execFileSync('ogr2ogr', ['-f', 'GeoJSON', '/vsistdout/', gpkg, 'disputed_borders', '-where', `name = '${name}'`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    throw new Error(`ogr2ogr failed (${(e as Error).message.split('\n')[0]}): apt-get install -y gdal-bin`);
  }
  const fc = JSON.parse(json) as FeatureCollection<MultiLineString>;
  const segments = fc.features.flatMap((f) => f.geometry.coordinates);
  if (segments.length === 0) throw new Error(`${gpkg}: no disputed_borders line named "${name}"`);
  return segments;
}

const gapKm = (a: Position, b: Position): number => distance(a, b, { units: 'kilometers' });

/** Appends the remaining segments end to start (reversing where needed) onto `chain`. */
function extend(chain: Position[], rest: Position[][], what: string): Position[] {
  while (rest.length > 0) {
    const end = chain[chain.length - 1]!;
    let best = { i: -1, reverse: false, gap: Infinity };
    rest.forEach((s, i) => {
      const toStart = gapKm(end, s[0]!);
      const toEnd = gapKm(end, s[s.length - 1]!);
      if (Math.min(toStart, toEnd) < best.gap) best = { i, reverse: toEnd < toStart, gap: Math.min(toStart, toEnd) };
    });
    if (best.gap > MAX_GAP_KM) throw new Error(`${what}: next segment is ${best.gap.toFixed(2)} km away`);
    const [next] = rest.splice(best.i, 1);
    const coords = best.reverse ? [...next!].reverse() : next!;
    chain.push(...(best.gap === 0 ? coords.slice(1) : coords));
  }
  return chain;
}

/** Chains the segments into one closed ring. */
export function chainRing(segments: Position[][], what = 'NKAO outline'): Position[] {
  const ring = extend([...segments[0]!], segments.slice(1), what);
  const closing = gapKm(ring[ring.length - 1]!, ring[0]!);
  if (closing > MAX_GAP_KM) throw new Error(`${what} does not close: ${closing.toFixed(2)} km gap`);
  if (closing > 0) ring.push(ring[0]!);
  return ring;
}

/** Chains the segments into one open line, starting from the end no other segment meets. */
export function chainOpen(segments: Position[][], what: string): Position[] {
  const ends = segments.flatMap((s, i) => [
    { i, at: s[0]!, reverse: true },
    { i, at: s[s.length - 1]!, reverse: false },
  ]);
  const free = ends.filter((e) => !ends.some((o) => o.i !== e.i && gapKm(o.at, e.at) <= MAX_GAP_KM));
  if (free.length !== 2) throw new Error(`${what}: expected 2 free ends, found ${free.length}`);
  const first = free[0]!;
  const rest = segments.filter((_, i) => i !== first.i);
  // The free end must be the chain's start: a segment whose free end is its last point is reversed.
  const start = first.reverse ? [...segments[first.i]!] : [...segments[first.i]!].reverse();
  return extend(start, rest, what);
}
