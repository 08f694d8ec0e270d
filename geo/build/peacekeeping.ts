/**
 * The peacekeeping layer (facts.md §3): corridor road, corridor polygon, patrol lines, the monitoring centre,
 * the HQ and a derived zone. None of it was published as geometry, so every feature is approximate.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  area, buffer, difference, featureCollection, lineString, multiPolygon, point, polygon, union,
} from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { tidyArea as tidyGeometry } from './tidyArea.ts';
import type { NamedPoint, PeacekeepingFeature, PeacekeepingKind, PeacekeepingProps } from '../schema.ts';
import { roundCoord } from '../region.ts';
import {
  AGHDAM, CORRIDOR_FROM_INDEX, CORRIDOR_HALF_WIDTH_KM, CORRIDOR_PROPS, CORRIDOR_ROAD, CORRIDOR_ROAD_PROPS, HQ_PROPS,
  KHANKENDI, MARTUNI_PATROL, MARTUNI_PATROL_PROPS, MONITORING_CENTRE_PROPS, SHUSHA_PATROL_FROM_INDEX, SHUSHA_PATROL_PROPS,
  ZONE_PROPS, type LinePoint,
} from '../lines/peacekeeping.ts';

type Props = Omit<PeacekeepingProps, 'kind' | 'waypoints'>;
type Area = Feature<Polygon | MultiPolygon>;

const withKind = (kind: PeacekeepingKind, props: Props, waypoints?: NamedPoint[]): PeacekeepingProps => {
  const { id, ...rest } = props;
  // The schema gives lines (and only lines) the points they were drawn through.
  if (kind === 'corridor-road' || kind === 'patrol') return { id, kind, ...rest, waypoints: waypoints ?? [] };
  return { id, kind, ...rest };
};

const coords = (pts: readonly LinePoint[]) => pts.map((p) => [roundCoord(p.lon), roundCoord(p.lat)]);

function line(props: Props, kind: PeacekeepingKind, pts: readonly LinePoint[]): Feature<LineString, PeacekeepingProps> {
  return lineString(coords(pts), withKind(kind, props, pts.map((p) => ({ name: p.name, lon: roundCoord(p.lon), lat: roundCoord(p.lat) }))));
}

function pointFeature(props: Props, kind: PeacekeepingKind, p: LinePoint): Feature<Point, PeacekeepingProps> {
  return point([roundCoord(p.lon), roundCoord(p.lat)], withKind(kind, props));
}

/** The shared polygon tidying (rounding, winding, kinks and bbox checks), keeping the feature's properties. */
function tidyArea(props: PeacekeepingProps, f: Area): Feature<Polygon | MultiPolygon, PeacekeepingProps> {
  return { type: 'Feature', properties: props, geometry: tidyGeometry(f.geometry, props.id) };
}

/** One feature by id from a committed data file written by another builder. */
function readArea(dataDir: string, file: string, id: string): Area {
  const path = join(dataDir, file);
  if (!existsSync(path)) throw new Error(`peacekeeping zone: ${path} is missing; build it first`);
  const fc = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { id: string }>;
  const f = fc.features.find((x) => x.properties.id === id);
  if (!f) throw new Error(`peacekeeping zone: no feature '${id}' in ${file}`);
  return f;
}

/** The 5 km corridor of statement art. 6: a buffer either side of the road from the Armenian border to Khankendi. */
function corridorArea(): Area {
  const road = lineString(coords(CORRIDOR_ROAD.slice(CORRIDOR_FROM_INDEX)));
  const area = buffer(road, CORRIDOR_HALF_WIDTH_KM, { units: 'kilometers' });
  if (!area) throw new Error('lachin-corridor: empty buffer');
  return area as Area;
}

/** NKAO 1991 minus Shusha district, plus the corridor (facts.md §3 suggests this derivation). */
function zoneArea(dataDir: string, corridor: Area): Area {
  const nkao = readArea(dataDir, 'context.geojson', 'nkao-1991');
  const shusha = readArea(dataDir, 'districts.geojson', 'shusha');
  const held = difference(featureCollection([nkao, shusha]));
  if (!held) throw new Error('peacekeeping-zone: NKAO minus Shusha is empty');
  const zone = union(featureCollection([held, corridor]));
  if (!zone) throw new Error('peacekeeping-zone: empty union');
  return dropSlivers(zone);
}

/** The two sources' lines do not match exactly, so the difference leaves slivers of a km² or two: drop them. */
const SLIVER_M2 = 5e6;
function dropSlivers(f: Area): Area {
  if (f.geometry.type === 'Polygon') return f;
  const kept = f.geometry.coordinates.filter((p) => area(polygon(p)) >= SLIVER_M2);
  const [only] = kept;
  if (!only) throw new Error('peacekeeping-zone: nothing left after dropping slivers');
  return kept.length === 1 ? polygon(only) : multiPolygon(kept);
}

export function buildPeacekeeping(dataDir: string): PeacekeepingFeature[] {
  const corridor = corridorArea();
  const zone = zoneArea(dataDir, corridor);
  return [
    tidyArea(withKind('zone', ZONE_PROPS), zone),
    tidyArea(withKind('corridor', CORRIDOR_PROPS), corridor),
    line(CORRIDOR_ROAD_PROPS, 'corridor-road', CORRIDOR_ROAD),
    line(SHUSHA_PATROL_PROPS, 'patrol', CORRIDOR_ROAD.slice(SHUSHA_PATROL_FROM_INDEX)),
    line(MARTUNI_PATROL_PROPS, 'patrol', MARTUNI_PATROL),
    pointFeature(MONITORING_CENTRE_PROPS, 'monitoring-centre', AGHDAM),
    pointFeature(HQ_PROPS, 'hq', KHANKENDI),
  ];
}
