/**
 * Every feature as a button, grouped like the layer panel: the way in for keyboard and screen-reader
 * users, and a table of contents for everyone. Activating one frames it on the map and opens its popup.
 */
import { GROUPS, entryFor, type LayerEntry } from '../map/layers.ts';
import { LAYER_SOURCES, type AnyFeature, type LoadedData } from '../data/dataset.ts';

interface Props {
  data: LoadedData;
  registry: LayerEntry[];
  selected: string | null;
  onChoose: (id: string) => void;
}

export function FeatureList({ data, registry, selected, onChoose }: Props) {
  const byGroup = new Map<string, AnyFeature[]>();
  for (const source of LAYER_SOURCES) {
    for (const f of data[source].features) {
      const entry = entryFor(registry, source, f.properties);
      if (!entry) continue;
      byGroup.set(entry.group, [...(byGroup.get(entry.group) ?? []), f]);
    }
  }
  return (
    <nav className="feature-list" aria-label="Features">
      {GROUPS.map((g) => (
        <section key={g.id}>
          <h2 id={`fl-${g.id}`}>{g.label}</h2>
          <ul aria-labelledby={`fl-${g.id}`}>
            {(byGroup.get(g.id) ?? []).map((f) => (
              <li key={f.properties.id}>
                <button type="button" aria-current={selected === f.properties.id ? 'true' : undefined} onClick={() => onChoose(f.properties.id)} data-feature={f.properties.id}>
                  {f.properties.name}
                  {f.properties.approximate && <span className="approx-tag"> · approximate</span>}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
