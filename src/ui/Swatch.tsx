/** The legend sign of a registry entry, drawn from the same theme colours as the map layer. */
import { APPROXIMATE_NOTE, type Swatch as SwatchSpec } from '../map/layers.ts';
import { theme } from '../map/theme.ts';

export function Swatch({ swatch }: { swatch: SwatchSpec }) {
  const { shape, color, dashed } = swatch;
  const dash = dashed ? '3 2' : undefined;
  return (
    <svg className="swatch" width="28" height="16" viewBox="0 0 28 16" aria-hidden="true">
      {shape === 'area' && <rect x="2" y="2" width="24" height="12" fill={color} fillOpacity="0.45" stroke={color} strokeWidth="1.5" strokeDasharray={dash} />}
      {shape === 'hatch' && (
        <>
          <defs>
            <pattern id={`h-${color.slice(1)}`} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="5" height="5" fill={color} fillOpacity="0.12" />
              <line x1="0" y1="0" x2="0" y2="5" stroke={color} strokeWidth="1.5" />
            </pattern>
          </defs>
          <rect x="2" y="2" width="24" height="12" fill={`url(#h-${color.slice(1)})`} stroke={color} strokeWidth="1.5" strokeDasharray={dash} />
        </>
      )}
      {shape === 'line' && <line x1="2" y1="8" x2="26" y2="8" stroke={color} strokeWidth="3.5" strokeDasharray={dashed ? '4 3' : undefined} />}
      {shape === 'rail' && (
        <>
          <line x1="2" y1="8" x2="26" y2="8" stroke={color} strokeWidth="5" />
          <line x1="2" y1="8" x2="26" y2="8" stroke={theme.casing} strokeWidth="2" strokeDasharray="4 4" />
        </>
      )}
      {shape === 'dot' && <circle cx="14" cy="8" r="5" fill={color} stroke={theme.casing} strokeWidth="1.5" />}
    </svg>
  );
}

/** What the dotted and dashed signs mean, under every legend. */
export function ApproximateNote() {
  return (
    <p className="legend-note">
      <svg width="28" height="10" aria-hidden="true">
        <line x1="2" y1="5" x2="26" y2="5" stroke={theme.approximateSign} strokeWidth="2" strokeDasharray="3 3" />
      </svg>{' '}
      {APPROXIMATE_NOTE}
    </p>
  );
}
