/**
 * The side panel: tabs for layers, the feature list, route comparison and credits. On small screens
 * it collapses to a button so it never covers the map for good.
 */
import { useId, useState, type ReactNode } from 'react';

export interface Tab {
  id: string;
  label: string;
  content: ReactNode;
}

interface Props {
  title: ReactNode;
  tabs: Tab[];
  active: string;
  onActive: (id: string) => void;
  /** Widen the panel (on large screens) for content that needs room, such as the comparison table. */
  wide?: boolean;
  /** Shown over the tabs (the detail view); the tabs stay mounted beneath it, so focus can return. */
  overlay?: ReactNode;
  /** Fold the panel away for now (a phone's detail sheet needs the screen); it comes back as it was. */
  suppressed?: boolean;
}

export function Sidebar({ title, tabs, active, onActive: setActive, wide = false, overlay, suppressed = false }: Props) {
  const [wantOpen, setOpen] = useState(() => window.matchMedia('(min-width: 760px)').matches);
  // A tab chosen from elsewhere (e.g. "read in context" in a popup) opens a closed panel to show it.
  const [shownTab, setShownTab] = useState(active);
  if (shownTab !== active) {
    setShownTab(active);
    setOpen(true);
  }
  const open = wantOpen && !suppressed;
  const base = useId();
  const current = tabs.find((t) => t.id === active) ?? tabs[0];
  return (
    <aside className={`sidebar ${open ? 'open' : 'closed'}${wide ? ' wide' : ''}`} aria-label="Explorer panel">
      <div className="sidebar-head">
        {title}
        <button type="button" className="panel-toggle" aria-expanded={open} aria-controls={`${base}-body`} onClick={() => setOpen(!open)}>
          {open ? 'Hide panel' : 'Show panel'}
        </button>
      </div>
      <div id={`${base}-body`} className="sidebar-body" hidden={!open} inert={!!overlay}>
        <div role="tablist" aria-label="Panel sections" className="tabs">
          {tabs.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={`${base}-tab-${t.id}`}
              aria-selected={t.id === current?.id}
              aria-controls={`${base}-panel-${t.id}`}
              tabIndex={t.id === current?.id ? 0 : -1}
              onClick={() => setActive(t.id)}
              onKeyDown={(e) => {
                const i = tabs.findIndex((x) => x.id === t.id);
                const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
                if (!step) return;
                const next = tabs[(i + step + tabs.length) % tabs.length]!;
                setActive(next.id);
                document.getElementById(`${base}-tab-${next.id}`)?.focus();
              }}
            >
              {t.label}
            </button>
          ))}
        </div>
        {current && (
          <div role="tabpanel" id={`${base}-panel-${current.id}`} aria-labelledby={`${base}-tab-${current.id}`} className="tabpanel">
            {current.content}
          </div>
        )}
      </div>
      {overlay}
    </aside>
  );
}
