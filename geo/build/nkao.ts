/**
 * The former Nagorno-Karabakh Autonomous Oblast (1991) outline from Natural Earth (public domain), as shipped
 * in Debian's qgis-common: world_map.gpkg, layer `disputed_borders`, name "Former USSR oblast in 1991".
 * Needs `ogr2ogr` and the gpkg: `apt-get install -y qgis-common gdal-bin` (built with qgis-common 3.22.16, GDAL 3.6.2).
 */
import { execFileSync } from 'node:child_process';
import { area, distance, polygon, unkinkPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiLineString, Polygon, Position } from 'geojson';

export const QGIS_WORLD_MAP = '/usr/share/qgis/resources/data/world_map.gpkg';
const NKAO_NAME = 'Former USSR oblast in 1991';
/** The source lines leave gaps of up to ~0.25 km between segments; anything wider means a wrong match. */
const MAX_GAP_KM = 1;
/** The loops removed when cleaning must be slivers: more than this share of the area lost is a bug. */
const MAX_LOSS = 0.01;

/** The outline's line segments, in the gpkg's feature order. */
function readSegments(gpkg: string): Position[][] {
  const json = execFileSync('ogr2ogr', ['-f', 'GeoJSON', '/vsistdout/', gpkg, 'disputed_borders', '-where', `name = '${NKAO_NAME}'`], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const fc = JSON.parse(json) as FeatureCollection<MultiLineString>;
  return fc.features.flatMap((f) => f.geometry.coordinates);
}

const gapKm = (a: Position, b: Position): number => distance(a, b, { units: 'kilometers' });

/** Chains the segments end to start (reversing where needed) into one closed ring. */
export function chainRing(segments: Position[][]): Position[] {
  const rest = segments.slice(1);
  const ring = [...segments[0]!];
  while (rest.length > 0) {
    const end = ring[ring.length - 1]!;
    let best = { i: -1, reverse: false, gap: Infinity };
    rest.forEach((s, i) => {
      const toStart = gapKm(end, s[0]!);
      const toEnd = gapKm(end, s[s.length - 1]!);
      if (Math.min(toStart, toEnd) < best.gap) best = { i, reverse: toEnd < toStart, gap: Math.min(toStart, toEnd) };
    });
    if (best.gap > MAX_GAP_KM) throw new Error(`NKAO outline: next segment is ${best.gap.toFixed(2)} km away`);
    const [next] = rest.splice(best.i, 1);
    const coords = best.reverse ? [...next!].reverse() : next!;
    ring.push(...(best.gap === 0 ? coords.slice(1) : coords));
  }
  const closing = gapKm(ring[ring.length - 1]!, ring[0]!);
  if (closing > MAX_GAP_KM) throw new Error(`NKAO outline does not close: ${closing.toFixed(2)} km gap`);
  if (closing > 0) ring.push(ring[0]!);
  return ring;
}

/** The outline as a polygon; the small loops where segments overlap are dropped (keeping the largest piece). */
export function readNkaoOutline(gpkg = QGIS_WORLD_MAP): Polygon {
  const raw = polygon([chainRing(readSegments(gpkg))]);
  const pieces = unkinkPolygon(raw).features as Feature<Polygon>[];
  const largest = pieces.reduce((a, b) => (area(b) > area(a) ? b : a));
  const loss = 1 - area(largest) / pieces.reduce((s, p) => s + area(p), 0);
  if (loss > MAX_LOSS) throw new Error(`NKAO outline: cleaning would drop ${(loss * 100).toFixed(1)}% of the area`);
  return largest.geometry;
}
