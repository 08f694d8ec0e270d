/**
 * The five proposed routes side by side: a sortable table of figures (cards on a phone), a bar per
 * route of its km per territory and a small profile. Ticking routes highlights them on the map and dims the others.
 */
import { useState } from 'react';
import type { RouteFigures } from '../../geo/metrics/routeFigures.ts';
import { COLUMNS, formatValue, sortFigures, type SortState } from './compareColumns.ts';
import { ElevationProfile } from './ElevationProfile.tsx';
import { TerritoryBar, TerritoryKey } from './TerritoryBar.tsx';
import { Swatch } from './Swatch.tsx';
import type { Swatch as SwatchSpec } from '../map/layers.ts';

interface Props {
  figures: RouteFigures[];
  swatches: Record<string, SwatchSpec>;
  compare: string[];
  highlighted: string | null;
  onToggle: (id: string) => void;
  onClear: () => void;
  onChoose: (id: string) => void;
}

export function RouteComparison({ figures, swatches, compare, highlighted, onToggle, onClear, onChoose }: Props) {
  const [sort, setSort] = useState<SortState>(null);
  const rows = sortFigures(figures, sort);
  const maxKm = Math.max(...figures.map((f) => f.totalKm));
  const maxM = Math.max(1, ...figures.flatMap((f) => f.elevation.profile.map((p) => p.m)));
  const sortBy = (column: string) => setSort((s) => (s?.column === column ? { column, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { column, dir: 'asc' }));

  return (
    <div className="compare">
      <p className="compare-intro">
        The analysis lists five possible links to Nakhchivan. Tick two or more to compare them on the map.{' '}
        {compare.length > 0 && (
          <button type="button" className="link-button" onClick={onClear}>
            Clear selection
          </button>
        )}
      </p>
      {/* Every column fits the panel at 1280 px; on a phone each route becomes a card (styles.css). */}
      <table aria-label="Proposed routes compared" className="compare-table">
        <thead>
          <tr>
            <th scope="col">Route</th>
            {COLUMNS.map((c) => (
              <th key={c.id} scope="col" aria-sort={sort?.column === c.id ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
                <button type="button" onClick={() => sortBy(c.id)} data-sort={c.id}>
                  {c.label}
                  {c.unit && <span className="unit"> ({c.unit})</span>}
                  <span aria-hidden="true">{sort?.column === c.id ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        {rows.map((f) => (
          <tbody key={f.id} data-route={f.id} className={highlighted === f.id ? 'highlighted' : undefined} id={`row-${f.id}`}>
            <tr>
              <th scope="row">
                <input type="checkbox" checked={compare.includes(f.id)} onChange={() => onToggle(f.id)} aria-label={`Compare ${f.name}`} />
                <button type="button" className="route-name" onClick={() => onChoose(f.id)}>
                  {swatches[f.id] && <Swatch swatch={swatches[f.id]!} />}
                  {f.name}
                </button>
                <span className="mode">
                  {f.mode === 'rail' ? 'railway' : 'road'} · {f.from} → {f.to}
                </span>
              </th>
              {COLUMNS.map((c) => (
                <td key={c.id} className="num" data-col={c.id} data-label={c.unit ? `${c.label} (${c.unit})` : c.label}>
                  {formatValue(c.value(f), c.digits)}
                </td>
              ))}
            </tr>
            <tr className="route-graphics">
              <td colSpan={COLUMNS.length + 1}>
                <span className="graphic">
                  <span className="graphic-label">Km per territory</span> <TerritoryBar figures={f} maxKm={maxKm} />
                </span>
                <span className="graphic">
                  <span className="graphic-label">Heights at waypoints</span> <ElevationProfile figures={f} maxM={maxM} />
                </span>
              </td>
            </tr>
          </tbody>
        ))}
      </table>
      <TerritoryKey />
      <p className="basis">
        How these are measured: lengths are along the drawn line, which joins known points with straight segments except along the Araz, where it follows the river's north bank (the OpenStreetMap
        border, set back), so they are approximate (the railway is about 343 km by its kilometre posts); given to 0.1 km. Km per territory split the line against OpenStreetMap borders (the basemap's);
        stretches they put outside all three are counted in the territory their points are marked in. Heights are GeoNames elevations at named waypoints, and pass heights where one is cited (the
        Bichanak pass); other passes between towns are not included, so no climb is given. Status as of November 2021: all five were closed to cross-border traffic.
      </p>
    </div>
  );
}
