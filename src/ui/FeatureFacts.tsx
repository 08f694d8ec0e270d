/** The key facts of a feature, as a definition list: what kind of thing it is and what is known of it. */
import type { AnyFeature, Kind } from '../../geo/schema.ts';
import { formatDate } from './format.ts';

export const KIND_LABEL: Record<Kind, string> = {
  district: 'District (part)',
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
  const rows: [string, string][] = [['Type', KIND_LABEL[p.kind]]];
  if (p.kind === 'district') {
    const how = {
      statement: `Handed over under article ${p.article} of the 10 Nov 2020 statement`,
      operation: 'Taken in the 2020 fighting',
      'held-since-1994': 'Held by Azerbaijan throughout since the 1994 ceasefire',
    };
    rows.push(['Under Azerbaijani control since', formatDate(p.controlSince)]);
    rows.push(['How', how[p.how]]);
    rows.push(['Date', p.dateBasis]);
    rows.push(['Boundary precision', `about ${p.precisionKm} km`]);
    if (p.story) rows.push(['Account', p.story]);
  }
  if (p.kind === 'route') {
    rows.push(['Mode', p.mode === 'rail' ? 'Railway' : 'Road']);
    rows.push(['In the analysis', p.labelInAnalysis]);
    if (p.roadNumbers.length) rows.push(['Road numbers (verified)', p.roadNumbers.join(', ')]);
    rows.push(['Status, Nov 2021', p.status]);
  }
  if (p.kind === 'place') {
    if (p.role === 'supporting') rows.push(['In the analysis', 'Not named; a point a drawn line passes']);
    if (p.elevation !== undefined) rows.push(['Elevation', `${p.elevation} m (GeoNames)`]);
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
