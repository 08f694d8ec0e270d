/** A route's km per territory as one stacked bar, scaled to the longest route. */
import type { RouteFigures } from '../../geo/metrics/routeFigures.ts';
import { theme } from '../map/theme.ts';

const TERRITORY_COLORS = theme.territories;
const LABEL = { armenia: 'Armenia', azerbaijan: 'Azerbaijan', nakhchivan: 'Nakhchivan' } as const;

export function TerritoryBar({ figures, maxKm }: { figures: RouteFigures; maxKm: number }) {
  const width = 140;
  let x = 0;
  const parts = (Object.keys(TERRITORY_COLORS) as (keyof typeof TERRITORY_COLORS)[]).map((t) => {
    const km = figures.kmResolved[t];
    const w = (km / maxKm) * width;
    const rect = { t, x, w, km };
    x += w;
    return rect;
  });
  const summary = parts
    .filter((p) => p.km > 0.05)
    .map((p) => `${LABEL[p.t]} ${p.km.toFixed(1)} km`)
    .join(', ');
  return (
    <svg className="territory-bar" width={width} height="14" role="img" aria-label={`Km per territory: ${summary}`}>
      {parts.map((p) => (p.w > 0 ? <rect key={p.t} x={p.x} y="1" width={p.w} height="12" fill={TERRITORY_COLORS[p.t]} /> : null))}
    </svg>
  );
}

export function TerritoryKey() {
  return (
    <p className="territory-key">
      {(Object.keys(TERRITORY_COLORS) as (keyof typeof TERRITORY_COLORS)[]).map((t) => (
        <span key={t}>
          <svg width="12" height="12" aria-hidden="true">
            <rect width="12" height="12" fill={TERRITORY_COLORS[t]} />
          </svg>{' '}
          {LABEL[t]}
        </span>
      ))}
    </p>
  );
}
