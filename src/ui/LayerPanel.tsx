/**
 * Show and hide layers: a checkbox per group (mixed when only some of its layers are on) and per
 * layer, each with its legend sign. Generated from the registry, like the map.
 */
import { useEffect, useRef } from 'react';
import { GROUPS, type LayerEntry } from '../map/layers.ts';
import { ApproximateNote, Swatch } from './Swatch.tsx';

interface Props {
  registry: LayerEntry[];
  visible: string[];
  onToggle: (ids: string[], on: boolean) => void;
}

function GroupCheckbox({ label, ids, visible, onToggle }: { label: string; ids: string[]; visible: Set<string>; onToggle: Props['onToggle'] }) {
  const ref = useRef<HTMLInputElement>(null);
  const on = ids.filter((id) => visible.has(id)).length;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = on > 0 && on < ids.length;
  }, [on, ids.length]);
  return (
    <label className="group-toggle">
      <input ref={ref} type="checkbox" checked={on === ids.length} onChange={(e) => onToggle(ids, e.target.checked)} />
      {label}
    </label>
  );
}

export function LayerPanel({ registry, visible, onToggle }: Props) {
  const shown = new Set(visible);
  return (
    <div className="layer-panel" aria-label="Layers">
      {GROUPS.map((g) => {
        const entries = registry.filter((e) => e.group === g.id);
        return (
          <fieldset key={g.id} className="layer-group">
            <legend>
              <GroupCheckbox label={g.label} ids={entries.map((e) => e.id)} visible={shown} onToggle={onToggle} />
            </legend>
            <ul>
              {entries.map((e) => (
                <li key={e.id}>
                  <label>
                    <input type="checkbox" checked={shown.has(e.id)} onChange={(ev) => onToggle([e.id], ev.target.checked)} data-layer={e.id} />
                    <Swatch swatch={e.swatch} />
                    <span>{e.label}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
      <ApproximateNote />
    </div>
  );
}
