/** A small elevation profile from the route's waypoint elevations (not a terrain model: passes between towns are not seen). */
import type { RouteFigures } from '../../geo/metrics/routeFigures.ts';
import { theme } from '../map/theme.ts';

const W = 140;
const H = 40;

export function ElevationProfile({ figures, maxM }: { figures: RouteFigures; maxM: number }) {
  const pts = figures.elevation.profile;
  if (pts.length < 2) return <span className="no-profile">too few known heights</span>;
  const x = (km: number) => (km / figures.totalKm) * (W - 4) + 2;
  const y = (m: number) => H - 3 - (m / maxM) * (H - 6);
  const d = pts.map((p, i) => `${i ? 'L' : 'M'}${x(p.km).toFixed(1)},${y(p.m).toFixed(1)}`).join(' ');
  const label = pts.map((p) => `${p.name} ${p.m} m at km ${p.km.toFixed(0)}`).join('; ');
  return (
    <svg className="profile" width={W} height={H} role="img" aria-label={`Heights at waypoints: ${label}`}>
      <line x1="2" y1={H - 3} x2={W - 2} y2={H - 3} stroke={theme.profile.axis} />
      <path d={d} fill="none" stroke={theme.profile.line} strokeWidth="1.5" />
      {pts.map((p) => (
        <circle key={`${p.name}-${p.km}`} cx={x(p.km)} cy={y(p.m)} r="2" fill={theme.profile.line}>
          <title>{`${p.name}: ${p.m} m`}</title>
        </circle>
      ))}
    </svg>
  );
}
