/**
 * One search box over every feature and place (`/` focuses it), as a WAI-ARIA combobox with a listbox:
 * arrows move through the options, Enter or a click opens one through the same action the feature
 * list uses (framed on the map, its popup open), Escape closes the list.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { LoadedData } from '../data/dataset.ts';
import { buildSearch } from '../search/index.ts';
import { KIND_LABEL } from './FeatureFacts.tsx';
import { LANG_LABEL } from './format.ts';
import './timeText.css';

const FIELD_LABEL: Record<string, string> = { ...LANG_LABEL, alt: 'other spelling' };

/** Whether a key press is typing into a field (where `/` is a character, not the shortcut). */
const typing = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

export function Search({ data, onChoose }: { data: LoadedData; onChoose: (id: string) => void }) {
  const index = useMemo(() => buildSearch(data.featureById.values()), [data]);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const base = useId();
  const hits = useMemo(() => index.search(query), [index, query]);
  const expanded = open && query.trim() !== '';

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || typing(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      e.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    setOpen(false);
    setActive(-1);
    onChoose(hit.id);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (!hits.length) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a < 0 ? (step > 0 ? 0 : hits.length - 1) : (a + step + hits.length) % hits.length));
    } else if (e.key === 'Enter' && expanded && hits.length > 0) {
      e.preventDefault();
      choose(active < 0 ? 0 : active);
    } else if (e.key === 'Escape') {
      if (expanded) {
        e.stopPropagation();
        setOpen(false);
      } else setQuery('');
      setActive(-1);
    }
  };

  const optionId = (i: number) => `${base}-option-${i}`;
  return (
    <div className="search">
      <label htmlFor={`${base}-input`} className="visually-hidden">
        Search places and features
      </label>
      <input
        ref={input}
        id={`${base}-input`}
        type="search"
        role="combobox"
        aria-expanded={expanded && hits.length > 0}
        aria-controls={`${base}-listbox`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-keyshortcuts="/"
        placeholder="Search places (press /)"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={`${base}-listbox`} role="listbox" aria-label="Search results" hidden={!expanded || !hits.length}>
        {hits.map((h, i) => {
          const kind = data.featureById.get(h.id)?.properties.kind;
          return (
            <li
              key={h.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              data-feature={h.id}
              // mousedown, not click: it fires before the input's blur closes the list.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(i);
              }}
            >
              <span className="search-name">{h.name}</span>
              <span className="search-meta">
                {h.matched && (
                  <>
                    <span lang={h.matched.field === 'alt' ? undefined : h.matched.field}>{h.matched.text}</span> ({FIELD_LABEL[h.matched.field]}) ·{' '}
                  </>
                )}
                {kind ? KIND_LABEL[kind] : null}
              </span>
            </li>
          );
        })}
      </ul>
      <p aria-live="polite" className="visually-hidden">
        {expanded ? (hits.length ? `${hits.length} result${hits.length > 1 ? 's' : ''}` : `No place or feature matches “${query}”`) : ''}
      </p>
      {expanded && !hits.length && (
        <p className="search-empty" aria-hidden="true">
          No place or feature matches “{query}”.
        </p>
      )}
    </div>
  );
}
