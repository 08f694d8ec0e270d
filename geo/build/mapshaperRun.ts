/**
 * Runs mapshaper (npm `mapshaper`, a build-time devDependency) on GeoJSON in memory: its clipping, erasing,
 * topology-preserving simplification and `-innerlines` keep shared borders identical on both sides.
 */
import mapshaper from 'mapshaper';
import type { FeatureCollection, Geometry } from 'geojson';

/** Runs `commands` (which name the inputs and `-o` the outputs) and parses each output as GeoJSON. */
export async function mapshaperRun(commands: string, input: Record<string, FeatureCollection>): Promise<Record<string, FeatureCollection>> {
  const out = await mapshaper.applyCommands(commands, input);
  const parsed: Record<string, FeatureCollection> = {};
  for (const [name, body] of Object.entries(out)) {
    const json = JSON.parse(String(body)) as FeatureCollection | { type: 'GeometryCollection'; geometries: Geometry[] };
    parsed[name] = json.type === 'GeometryCollection' ? { type: 'FeatureCollection', features: json.geometries.map((geometry) => ({ type: 'Feature', properties: {}, geometry })) } : json;
  }
  return parsed;
}
