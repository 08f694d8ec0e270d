/**
 * The former Nagorno-Karabakh Autonomous Oblast (1991) outline from Natural Earth (public domain), as shipped
 * in Debian's qgis-common: world_map.gpkg, layer `disputed_borders`, name "Former USSR oblast in 1991".
 * Read through disputedBorders.ts (needs qgis-common and gdal-bin).
 */
import { area, polygon, unkinkPolygon } from '@turf/turf';
import type { Polygon } from 'geojson';
import { QGIS_WORLD_MAP, chainRing, readSegments } from './disputedBorders.ts';

export { QGIS_WORLD_MAP };
const NKAO_NAME = 'Former USSR oblast in 1991';
/** The loops removed when cleaning must be slivers: more than this share of the area lost is a bug. */
const MAX_LOSS = 0.01;

/** The outline as a polygon; the small loops where segments overlap are dropped (keeping the largest piece). */
export function readNkaoOutline(gpkg = QGIS_WORLD_MAP): Polygon {
  const raw = polygon([chainRing(readSegments(gpkg, NKAO_NAME))]);
  const pieces = unkinkPolygon(raw).features;
  const largest = pieces.reduce((a, b) => (area(b) > area(a) ? b : a));
  const loss = 1 - area(largest) / pieces.reduce((s, p) => s + area(p), 0);
  if (loss > MAX_LOSS) throw new Error(`NKAO outline: cleaning would drop ${(loss * 100).toFixed(1)}% of the area`);
  return largest.geometry;
}
