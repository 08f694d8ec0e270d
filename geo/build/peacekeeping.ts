/**
 * The peacekeeping layer: corridor road, corridor polygon, patrol lines, the monitoring centre, the HQ and
 * the derived zone (controlAreas.ts). None of it was published as geometry, so every feature is approximate.
 */
import { featureCollection, length, lineString, point, union } from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { both, controlAreas, minus, type ControlAreas } from './controlAreas.ts';
import { dropSlivers } from './districtParts.ts';

import { tidyArea as tidyGeometry } from './tidyArea.ts';
import type { NamedPoint, PeacekeepingFeature, PeacekeepingKind, PeacekeepingProps } from '../schema.ts';
import { roundCoord } from '../region.ts';
import {
  CORRIDOR_PROPS,
  CORRIDOR_ROAD,
  CORRIDOR_ROAD_PROPS,
  HQ_PROPS,
  KHANKENDI,
  MARTUNI_PATROL,
  MARTUNI_PATROL_PROPS,
  MONITORING_CENTRE,
  MONITORING_CENTRE_PROPS,
  SHUSHA_PATROL_FROM_INDEX,
  SHUSHA_PATROL_PROPS,
  ZONE_PROPS,
  type LinePoint,
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
  return lineString(
    coords(pts),
    withKind(
      kind,
      props,
      pts.map((p) => ({ name: p.name, lon: roundCoord(p.lon), lat: roundCoord(p.lat) })),
    ),
  );
}

function pointFeature(props: Props, kind: PeacekeepingKind, p: LinePoint): Feature<Point, PeacekeepingProps> {
  return point([roundCoord(p.lon), roundCoord(p.lat)], withKind(kind, props));
}

/** The shared polygon tidying (rounding, winding, kinks and bbox checks), keeping the feature's properties. */
function tidyArea(props: PeacekeepingProps, f: Area): Feature<Polygon | MultiPolygon, PeacekeepingProps> {
  return { type: 'Feature', properties: props, geometry: tidyGeometry(f.geometry, props.id) };
}

/**
 * The zone after 10 Nov 2020: the NKAO ground held by Armenian forces since 1994 (west of the ceasefire
 * line), minus what was taken in the fighting, plus the Lachin corridor.
 */
function zoneArea(c: ControlAreas): Area {
  const held = both(c.nkao, c.westOfCeasefire);
  const left = held && minus(held, c.takenSouth, c.takenNorth);
  const zone = left && union(featureCollection([left, c.corridor]));
  if (!zone) throw new Error('peacekeeping-zone: empty');
  const { kept } = dropSlivers(zone);
  if (!kept) throw new Error('peacekeeping-zone: nothing left after dropping slivers');
  return kept;
}

/** Figures in notes come from the geometry: the road's length, the contact line's uncertainty. */
const withNote = (props: Props, note: string): Props => ({ ...props, notes: [...(props.notes ?? []), note] });

export function buildPeacekeeping(): PeacekeepingFeature[] {
  const c = controlAreas();
  const corridor = c.corridor;
  const zone = zoneArea(c);
  const roadKm = length(lineString(coords(CORRIDOR_ROAD)), { units: 'kilometers' });
  const [near, ...rest] = c.anchors;
  const worst = Math.max(...rest.map((a) => a.precisionKm));
  const contact = `The line of contact is drawn midway between places taken and places held: it may be off by up to ${worst.toFixed(0)} km, ${near!.precisionKm.toFixed(0)} km near Shusha (Shushi).`;
  return [
    tidyArea(withKind('zone', withNote(ZONE_PROPS, contact)), zone),
    tidyArea(withKind('corridor', CORRIDOR_PROPS), corridor),
    line(withNote(CORRIDOR_ROAD_PROPS, `About ${Math.round(roadKm)} km from the Goris junction to Khankendi (Stepanakert), measured along the drawn line.`), 'corridor-road', CORRIDOR_ROAD),
    line(SHUSHA_PATROL_PROPS, 'patrol', CORRIDOR_ROAD.slice(SHUSHA_PATROL_FROM_INDEX)),
    line(MARTUNI_PATROL_PROPS, 'patrol', MARTUNI_PATROL),
    pointFeature(MONITORING_CENTRE_PROPS, 'monitoring-centre', MONITORING_CENTRE),
    pointFeature(HQ_PROPS, 'hq', KHANKENDI),
  ];
}
