/**
 * The legend of the visible layers on the map itself, for the embedded map and the printed page
 * (the side panel carries it otherwise). It folds to one button where room is short.
 */
import { useId, useState } from 'react';
import type { LayerEntry } from '../map/layers.ts';
import { ApproximateNote, Swatch } from './Swatch.tsx';
import './frame.css';

export function MapLegend({ registry, visible, folded = false }: { registry: LayerEntry[]; visible: string[]; folded?: boolean }) {
  const [open, setOpen] = useState(!folded);
  const id = useId();
  const shown = registry.filter((e) => visible.includes(e.id));
  return (
    <section className={`map-legend${open ? '' : ' folded'}`} aria-label="Legend" data-testid="map-legend">
      <button type="button" className="legend-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        Legend
      </button>
      <div id={id} className="legend-body">
        {shown.length ? (
          <ul>
            {shown.map((e) => (
              <li key={e.id}>
                <Swatch swatch={e.swatch} />
                <span>{e.label}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>No layer is shown.</p>
        )}
        <ApproximateNote />
      </div>
    </section>
  );
}
