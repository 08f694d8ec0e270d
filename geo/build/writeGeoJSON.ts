import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FeatureCollection } from 'geojson';

/**
 * A FeatureCollection with one feature per line: stable, diff-friendly output, so a rebuild that changes
 * nothing leaves git clean (the data tests rely on the build being reproducible).
 */
export function geoJSONText(fc: FeatureCollection): string {
  const body = fc.features.map((f) => JSON.stringify(f)).join(',\n');
  return `{"type":"FeatureCollection","features":[\n${body}\n]}\n`;
}

export function writeGeoJSON(path: string, fc: FeatureCollection): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, geoJSONText(fc));
}
