/**
 * The one explorer state, read from the URL hash at start and written back to it. Choosing a feature
 * pushes a history entry (Back returns to the feature before); everything else (layers, panning)
 * replaces the current entry, throttled, so the history is not flooded. Following a link, Back and
 * Forward replace the state with the link's.
 *
 * The explorer starts before every layer file is in (`ready` false): until then the hash is read with the
 * features known so far and nothing is written back or reported dropped; once all are in it is read again.
 */
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { parseHash, serializeHash, type Dropped, type Known } from './hash.ts';
import { initialState, reduce, toLink, type Action, type State } from './reducer.ts';

const WRITE_DELAY_MS = 250;

const urlWith = (hash: string) => `${window.location.pathname}${window.location.search}${hash}`;

export function useExplorerState(known: Known, ready = true): { state: State; dispatch: (a: Action) => void; dropped: Dropped[]; dismissDropped: () => void } {
  const [initial] = useState(() => parseHash(window.location.hash, known));
  const [dropped, setDropped] = useState(initial.dropped);
  const [state, rawDispatch] = useReducer((s: State, a: Action) => reduce(s, a, known.layers), initial.state, initialState);
  const timer = useRef<number | undefined>(undefined);
  const pending = useRef<(() => void) | null>(null);
  const written = useRef({ hash: window.location.hash, selected: initial.state.selected });
  const wasReady = useRef(ready);
  const reread = useRef(false);

  // Before the write below: the state this render holds was read without every feature known.
  useEffect(() => {
    if (!ready || wasReady.current) return;
    wasReady.current = true;
    reread.current = true;
    const parsed = parseHash(window.location.hash, known);
    written.current = { hash: window.location.hash, selected: parsed.state.selected };
    setDropped(parsed.dropped);
    rawDispatch({ type: 'replace', state: parsed.state });
  }, [ready, known]);

  useEffect(() => {
    if (!ready) return;
    if (reread.current) {
      reread.current = false; // the state read again arrives in the next render
      return;
    }
    const hash = serializeHash(toLink(state), known);
    const selected = state.selection?.id ?? null;
    const chosen = selected !== null && selected !== written.current.selected && state.selection?.via !== 'link';
    written.current.selected = selected;
    const write = (how: 'push' | 'replace') => {
      pending.current = null;
      written.current.hash = hash;
      if (hash === window.location.hash) return;
      window.history[how === 'push' ? 'pushState' : 'replaceState'](null, '', urlWith(hash));
    };
    window.clearTimeout(timer.current);
    if (chosen) {
      pending.current?.(); // the entry we leave keeps its last view
      write('push');
    } else {
      pending.current = () => write('replace');
      timer.current = window.setTimeout(() => pending.current?.(), WRITE_DELAY_MS);
    }
  }, [state, known, ready]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  useEffect(() => {
    const follow = () => {
      // Back/Forward fire both popstate and hashchange: follow each new hash once.
      if (window.location.hash === written.current.hash) return;
      const parsed = parseHash(window.location.hash, known);
      written.current = { hash: window.location.hash, selected: parsed.state.selected };
      setDropped(parsed.dropped);
      rawDispatch({ type: 'replace', state: parsed.state });
    };
    window.addEventListener('hashchange', follow);
    window.addEventListener('popstate', follow);
    return () => {
      window.removeEventListener('hashchange', follow);
      window.removeEventListener('popstate', follow);
    };
  }, [known]);

  const dispatch = useCallback((a: Action) => rawDispatch(a), []);
  const dismissDropped = useCallback(() => setDropped([]), []);
  return { state, dispatch, dropped: ready ? dropped : [], dismissDropped };
}
