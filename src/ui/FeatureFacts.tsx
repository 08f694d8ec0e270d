/** The key facts of a feature, as a definition list: what kind of thing it is and what is known of it. */
import type { AnyFeature } from '../data/dataset.ts';
import type { DistrictProps, PlaceProps, RouteProps } from '../../geo/schema.ts';
import { formatDate } from './format.ts';

export const KIND_LABEL: Record<string, string> = {
  district: 'Returned district',
  zone: 'Peacekeeping zone',
  corridor: 'Lachin corridor',
  'corridor-road': 'Corridor road',
  patrol: 'Patrol line',
  'monitoring-centre': 'Monitoring centre',
  hq: 'Peacekeeping HQ',
  route: 'Proposed route',
  place: 'Place',
  'nkao-1991': 'Historical boundary',
  rayon: 'District (rayon)',
};

export function FeatureFacts({ feature }: { feature: AnyFeature }) {
  const p = feature.properties;
  const rows: [string, string][] = [['Type', KIND_LABEL[p.kind] ?? p.kind]];
  if (p.kind === 'district') {
    const d = p as unknown as DistrictProps;
    rows.push(['Under Azerbaijani control since', formatDate(d.controlSince)]);
    rows.push(['How', d.how === 'statement' ? `Handed over under article ${d.article} of the 10 Nov 2020 statement` : 'Taken in the 2020 fighting (date announced during the war)']);
    if (d.story) rows.push(['Account', d.story]);
  }
  if (p.kind === 'route') {
    const r = p as unknown as RouteProps;
    rows.push(['Mode', r.mode === 'rail' ? 'Railway' : 'Road']);
    rows.push(['In the analysis', r.labelInAnalysis]);
    if (r.roadNumbers.length) rows.push(['Road numbers (verified)', r.roadNumbers.join(', ')]);
    rows.push(['Status, Nov 2021', r.status]);
  }
  if (p.kind === 'place') {
    const pl = p as unknown as PlaceProps;
    if (pl.role === 'supporting') rows.push(['In the analysis', 'Not named; a point a drawn line passes']);
    if (pl.elevation !== undefined) rows.push(['Elevation', `${pl.elevation} m (GeoNames)`]);
  }
  rows.push(['Geometry', `${p.approximate ? 'Approximate — ' : ''}${p.source}`]);
  return (
    <dl className="facts">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
